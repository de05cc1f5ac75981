// Erasure on request (GDPR art. 17): the same purge, record and finishing as any erasure, for the
// person an erasure request names, with the request on the certificate. What a retention rule
// requires to be kept (art. 17(3)(b): e.g. the Norwegian notice's "kundeavtaler i ti (10) år
// etter opphør av avtale", bookkeeping law) stays, is listed with its rule, and the request is
// then closed as partly refused with the consultant's reason, in the purge's transaction.
import { confirmationMatches } from '../domain/text';
import { DomainError, notFound } from '../domain/errors';
import { addPeriod, localDate } from '../retention/calendar';
import { listPresets, presetForCountry } from '../retention/policies';
import {
  purgeAllButKept,
  purgeParticipant,
  reviewAllButKept,
  reviewParticipantErasure,
  type PurgeCounts,
} from '../retention/purge';
import {
  finishShredding,
  recordFacts,
  type ShredContext,
  type ShredResult,
} from '../retention/shred';
import type { Database } from '../vault/database';
import { getRequest } from './register';
import { OPEN_STATUSES } from './vocabulary';
import { type Country } from '../domain/vocabulary';
import type { IsoDate } from '../domain/brands';

/** Agreements a rule keeps: how many, until when (null: still in force), under which preset. */
export type KeptByLaw = Readonly<{
  category: 'consents';
  count: number;
  until: string | null;
  presetId: string;
  presetName: string;
}>;

export type ErasureReview = Readonly<{
  requestId: number;
  participantId: number;
  /** What goes, per category (the whole person when nothing is kept). */
  counts: PurgeCounts;
  keptByLaw: readonly KeptByLaw[];
  keepConsentIds: readonly number[];
}>;

/**
 * What erasing the person of erasure request `requestId` would remove, and what a retention
 * rule keeps: an agreement whose preset (that of any programme the person is enrolled in) has an
 * agreementEnd rule, while it is in force or until its end plus the rule's period (local day in
 * `timeZone`).
 * @throws DomainError notFound('request' | 'participant'), requestClosed (not open, or not an
 *   erasure request).
 */
export function reviewErasureRequest(
  db: Database,
  requestId: number,
  now: Date,
  timeZone: string,
): ErasureReview {
  const request = getRequest(db, requestId);
  if (request.kind !== 'erasure' || !(OPEN_STATUSES as readonly string[]).includes(request.status))
    throw new DomainError('requestClosed');
  if (request.participantId === null) throw notFound('participant');
  const participantId = request.participantId;
  const today = localDate(now, timeZone);
  const presets = listPresets(db, now);
  const presetIds = db
    .prepare(
      `SELECT DISTINCT coalesce(p.retention_preset_id, p.country) AS preset
       FROM enrolments e JOIN programmes p ON p.id = e.programme_id WHERE e.participant_id = ?`,
    )
    .all<{ preset: string }>([participantId])
    .map((r) => (r.preset.length === 2 ? presetForCountry(r.preset as Country) : r.preset));
  const rules = presets
    .filter((p) => presetIds.includes(p.id))
    .flatMap((p) =>
      p.rules
        .filter((r) => r.category === 'consents' && r.trigger === 'agreementEnd')
        .map((r) => ({ presetId: p.id, presetName: p.name, period: r.period })),
    );
  const consents = db
    .prepare('SELECT id, withdrawn_on AS endedOn FROM consents WHERE participant_id = ?')
    // withdrawn_on is CHECKed YYYY-MM-DD by the schema: a date as stored.
    .all<{ id: number; endedOn: IsoDate | null }>([participantId]);
  const kept = new Map<
    string,
    { presetId: string; count: number; until: string | null; ids: number[] }
  >();

  for (const c of consents) {
    for (const rule of rules) {
      const until = c.endedOn === null ? null : addPeriod(c.endedOn, rule.period);
      if (until !== null && until <= today) continue;
      // One agreement still in force keeps the whole group open-ended; else the latest end.
      const entry = kept.get(rule.presetName) ?? {
        presetId: rule.presetId,
        count: 0,
        until: '',
        ids: [],
      };
      entry.count++;
      entry.ids.push(c.id);
      if (until === null || entry.until === null) entry.until = null;
      else if (until > entry.until) entry.until = until;
      kept.set(rule.presetName, entry);
      break;
    }
  }
  const keepConsentIds = [...kept.values()].flatMap((k) => k.ids);
  const counts =
    keepConsentIds.length === 0
      ? reviewParticipantErasure(db, participantId)
      : reviewAllButKept(db, participantId, keepConsentIds);
  return {
    requestId,
    participantId,
    counts,
    keptByLaw: [...kept.entries()].map(([presetName, k]) => ({
      category: 'consents' as const,
      count: k.count,
      until: k.until,
      presetId: k.presetId,
      presetName,
    })),
    keepConsentIds,
  };
}

/**
 * Erases the person of erasure request `requestId` (identity checked, the person's full name
 * typed), keeping only what `reviewErasureRequest` says a rule keeps; the record names the
 * request, and the request is closed in the purge's transaction: completed, or partly refused
 * with `refusalReason` when something is kept. Then the usual finishing (shred.ts).
 * @throws DomainError notFound, requestClosed, identityNotChecked, confirmationMismatch
 *   ('typedName'), reasonRequired ('refusalReason': something is kept and no reason is given).
 */
export async function eraseOnRequest(
  ctx: ShredContext,
  input: Readonly<{
    requestId: number;
    typedName: string;
    paper: 'shredded' | 'none';
    refusalReason?: string | undefined;
    timeZone: string;
  }>,
): Promise<ShredResult & { partlyRefused: boolean }> {
  const db = ctx.vault.db;
  const review = reviewErasureRequest(db, input.requestId, ctx.now(), input.timeZone);
  const request = getRequest(db, input.requestId);
  if (request.identityMethod === null) throw new DomainError('identityNotChecked', 'identity');
  const person = db
    .prepare("SELECT given_name || ' ' || family_name AS name FROM participants WHERE id = ?")
    .get<{ name: string }>([review.participantId]);
  if (!person) throw notFound('participant');
  if (!confirmationMatches(input.typedName, person.name))
    throw new DomainError('confirmationMismatch', 'typedName');
  const partly = review.keepConsentIds.length > 0;
  const reason = input.refusalReason?.trim() ?? '';
  if (partly && reason === '') throw new DomainError('reasonRequired', 'refusalReason');

  const at = ctx.now().toISOString();
  const facts = {
    ...recordFacts(ctx, { presetId: null, trigger: 'request', reason: 'dataSubjectRequest' }),
    request: { id: request.id, receivedOn: request.receivedOn },
    ...(partly && { keptByLaw: review.keptByLaw.map((k) => ({ ...k })) }),
  };
  const close = (recordId: number) =>
    db
      .prepare(
        `UPDATE requests SET status = ?, outcome = ?, deletion_record_id = ?, closed_at = ?,
           updated_at = ? WHERE id = ?`,
      )
      .run([
        partly ? 'partlyRefused' : 'completed',
        partly ? reason : `Erased: certificate ${recordId}`,
        recordId,
        at,
        at,
        request.id,
      ]);
  ctx.onPhase?.('purge');
  const record = ctx.vault.durable.write('shred.purge', () =>
    partly
      ? purgeAllButKept(db, {
          participantId: review.participantId,
          keepConsentIds: review.keepConsentIds,
          paper: input.paper,
          record: facts,
          within: (r) => close(r.id),
        })
      : purgeParticipant(db, {
          participantId: review.participantId,
          paper: input.paper,
          record: facts,
          within: (r) => close(r.id),
        }),
  );
  return { record, partlyRefused: partly, finishing: await finishShredding(ctx) };
}
