// The access copy (GDPR art. 15 access, art. 20 portability) as one action: read everything about
// the person, lay it out in their language with data.json and their documents attached, encrypt
// it under a fresh passphrase, write it atomically to the folder given, and record the export in
// the audit log; an access request it answers is completed by it. The copy exists in plaintext
// only in this process's memory: nothing is written to the data folder or the temp folder.
import { existsSync, rmSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { recordAudit } from '../domain/audit';
import { DomainError, notFound } from '../domain/errors';
import { writeFileAtomic } from '../vault/atomic-file';
import type { Database } from '../vault/database';
import { accessCopyDate, loadAccessContent } from './access-data';
import { generateAccessPassphrase, type AccessLocale } from './access-passphrase';
import { accessCopyPdf } from './access-report';
import { ACCESS_WORDS } from './access-text';
import { closeRequest, getRequest, type DataSubjectRequest } from './register';

export type AccessCopyInput = Readonly<{
  participantId: number;
  /** da, nb or en; default: the language of the country of the person's programme (en if none). */
  locale?: AccessLocale | undefined;
  /** An open access (or portability) request of this person, completed by the export. */
  requestId?: number | null | undefined;
  /** An existing folder, absolute path; the caller picked it (never the page). */
  folder: string;
  /** The consultant who exports, for the audit log. */
  actor: string;
  now: Date;
  /** IANA zone for the local dates (file name, retention dates). */
  timeZone: string;
}>;

export type AccessCopyExport = Readonly<{
  /** Absolute path of the PDF written: for the CLI only, never sent to the window. */
  path: string;
  /** e.g. indsigt-2026-11-29.pdf: language and local date only, no name or ID. */
  fileName: string;
  /** The passphrase that opens it, to be shown once and sent by another channel; never stored. */
  passphrase: string;
  locale: AccessLocale;
}>;

/**
 * Checks a request may be answered by an access copy before anything is built: it exists, is
 * of this person, of kind access or portability, still open, and the person's identity was
 * checked (art. 12(6); the Norwegian notice: identity is documented before data is released).
 * @returns the request.
 * @throws DomainError notFound('request') (also for another kind, details ['notAnAccessRequest']),
 *   notFound('participant') once the person was erased, requestClosed, identityNotChecked.
 */
export function accessRequestReady(db: Database, requestId: number): DataSubjectRequest {
  const request = getRequest(db, requestId);
  if (request.kind !== 'access' && request.kind !== 'portability')
    throw new DomainError('notFound', 'request', ['notAnAccessRequest']);
  if (request.participantId === null) throw notFound('participant');
  if (request.status !== 'open' && request.status !== 'inProgress')
    throw new DomainError('requestClosed');
  if (request.identityMethod === null) throw new DomainError('identityNotChecked', 'identity');
  return request;
}

/**
 * Builds the access copy of `participantId`, writes it to `folder` as
 * `<indsigt|innsyn|access-copy>-YYYY-MM-DD.pdf` (`-2`, `-3` … if taken; written to a temporary
 * name beside it, synced, then renamed), then in one transaction records the export in the audit
 * log (action 'export', detail `accessCopy` or `accessCopy:request:<id>`, the person's
 * audit_ref) and completes the request, if one is given. If that transaction fails the file is
 * removed again.
 * @throws DomainError notFound('participant' | 'folder' | 'request'), requestClosed,
 *   identityNotChecked; Node's fs errors (ENOSPC, EACCES) from the write.
 */
export async function exportAccessCopy(
  db: Database,
  input: AccessCopyInput,
): Promise<AccessCopyExport> {
  const request = input.requestId == null ? null : accessRequestReady(db, input.requestId);
  if (request && request.participantId !== input.participantId) throw notFound('request');
  if (!isAbsolute(input.folder) || !isFolder(input.folder))
    throw new DomainError('notFound', 'folder');
  const locale = input.locale ?? defaultLocale(db, input.participantId);
  const content = loadAccessContent(db, {
    participantId: input.participantId,
    locale,
    requestId: request?.id ?? null,
    now: input.now,
    timeZone: input.timeZone,
  });
  const passphrase = generateAccessPassphrase(locale);
  const bytes = await accessCopyPdf(content, passphrase);
  const words = ACCESS_WORDS[locale];
  const path = freePath(
    input.folder,
    `${words.fileStem}-${accessCopyDate(input.now, input.timeZone)}`,
  );
  writeFileAtomic(path, bytes);
  const fileName = path.slice(input.folder.length).replace(/^[\\/]+/, '');
  try {
    db.transaction(() => {
      recordAudit(db, {
        at: input.now,
        actor: input.actor,
        action: 'export',
        subjectRef: content.data.participant.auditRef,
        detail: request ? `accessCopy:request:${request.id}` : 'accessCopy',
      });
      if (request)
        closeRequest(
          db,
          request.id,
          { status: 'completed', outcome: words.outcome(fileName) },
          input.now,
        );
    });
  } catch (err) {
    rmSync(path, { force: true });
    throw err;
  }
  return { path, fileName, passphrase, locale };
}

/** da for a person in a Danish programme, nb in a Norwegian one (the earliest enrolment), else en. */
export function defaultLocale(db: Database, participantId: number): AccessLocale {
  const row = db
    .prepare(
      `SELECT p.country FROM enrolments e JOIN programmes p ON p.id = e.programme_id
       WHERE e.participant_id = ? ORDER BY e.enrolled_on, e.id LIMIT 1`,
    )
    .get<{ country: string }>([participantId]);
  return row?.country === 'DK' ? 'da' : row?.country === 'NO' ? 'nb' : 'en';
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function freePath(folder: string, base: string): string {
  for (let n = 1; ; n++) {
    const path = join(folder, `${base}${n === 1 ? '' : `-${n}`}.pdf`);
    if (!existsSync(path)) return path;
  }
}
