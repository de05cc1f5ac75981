// Importing a planned list: every row in one transaction, or none. New people are created with
// their national ID behind the keyed hash, everyone in the list is enrolled in the programme,
// and the audit trail gets one record with counts only. Also the per-funder column mapping.
import { recordAudit } from '../domain/audit';
import { endEnrolment, enrol } from '../domain/enrolments';
import { DomainError } from '../domain/errors';
import { createParticipant } from '../domain/participants';
import { getProgramme } from '../domain/programmes';
import type { Database } from '../vault/database';
import { isImportField, withHeaderMapping, type ColumnMapping, type ImportField } from './columns';
import { planImport, type ImportPlan } from './plan';
import type { RawList } from './read-list';

export type ImportResult = Readonly<{
  /** Rows read after the header. */
  rows: number;
  /** People created. */
  created: number;
  /** People already in the vault (by national ID): enrolled now, or already in the programme. */
  matched: number;
  /** Of the matched, those that were already enrolled in this programme (nothing changed). */
  alreadyEnrolled: number;
  /** Rows naming a person an earlier row already named. */
  duplicates: number;
  /** Rows with one or more warnings. */
  warnings: number;
}>;

/**
 * Imports `list` into programme `programmeId`: plans it (plan.ts) and, only when no row is
 * refused, writes every row in one transaction (BEGIN IMMEDIATE … COMMIT): creates the new
 * participants, enrols new and matched ones from their start day (ended rows with their end day
 * and status), and records one audit entry "list imported: N created, M matched" (no names, no
 * subject). An error on any write rolls back all of it.
 * @throws DomainError importRefused (details: the refused rows' numbers, at most 50) when the
 *   mapping is incomplete or a row has an error, programmeClosed, notFound; nothing is written.
 */
export async function importList(
  db: Database,
  list: RawList,
  mapping: ColumnMapping,
  programmeId: number,
  now: Date,
  actor: string,
  onProgress?: (phase: 'checking' | 'saving', done: number, total: number) => void,
): Promise<{ plan: ImportPlan; result: ImportResult }> {
  const { plan, identities } = await planImport(db, list, mapping, programmeId, now, (d, t) =>
    onProgress?.('checking', d, t),
  );
  if (!plan.importable) {
    const refused = plan.rows.filter((r) => r.action === 'refused').map((r) => String(r.row));
    throw new DomainError('importRefused', 'rows', refused.slice(0, 50));
  }
  onProgress?.('saving', 0, plan.rows.length);
  const result = db.transaction(() => {
    let created = 0;
    plan.rows.forEach((row, i) => {
      if (row.action === 'duplicate' || row.action === 'alreadyEnrolled') return;
      const identity = identities[i]!;
      let participantId = row.participantId;
      if (row.action === 'create') {
        participantId = createParticipant(
          db,
          {
            givenName: row.givenName!,
            familyName: row.familyName!,
            nationalId: { country: identity.country, value: identity.digits },
            email: row.email ?? '',
            phone: row.phone,
            address: row.address,
          },
          now,
        ).participant.id;
        created += 1;
      }
      enrol(db, participantId!, programmeId, row.startsOn!);
      if (row.status !== 'active')
        endEnrolment(db, participantId!, programmeId, row.endsOn!, row.status);
    });
    const matched = plan.counts.enrol + plan.counts.alreadyEnrolled;
    recordAudit(db, {
      at: now,
      actor,
      action: 'import',
      subjectRef: null,
      detail: `list imported: ${created} created, ${matched} matched`,
    });
    return {
      rows: plan.counts.rows,
      created,
      matched,
      alreadyEnrolled: plan.counts.alreadyEnrolled,
      duplicates: plan.counts.duplicate,
      warnings: plan.counts.warnings,
    };
  });
  onProgress?.('saving', plan.rows.length, plan.rows.length);
  return { plan, result };
}

/**
 * The mapping last confirmed for lists from `funder` (the programme's funder as written):
 * header key (columns.ts headerKey) → field, or null for a column chosen to be ignored.
 */
export function rememberedMapping(
  db: Database,
  funder: string,
): Record<string, ImportField | null> {
  const row = db
    .prepare('SELECT headers FROM import_mappings WHERE funder = ?')
    .get<{ headers: string }>([funder]);
  if (!row) return {};
  const parsed: unknown = JSON.parse(row.headers);
  const out: Record<string, ImportField | null> = {};
  if (parsed && typeof parsed === 'object')
    for (const [key, value] of Object.entries(parsed))
      if (value === null || isImportField(value)) out[key] = value;
  return out;
}

/**
 * Remembers `mapping` for `headers` as the one for lists from programme `programmeId`'s funder
 * (header words and field names only). Headers with no words are not remembered.
 */
export function rememberMapping(
  db: Database,
  programmeId: number,
  headers: readonly string[],
  mapping: ColumnMapping,
  now: Date,
): void {
  const { funder } = getProgramme(db, programmeId);
  const known = withHeaderMapping(rememberedMapping(db, funder), headers, mapping);
  db.prepare(
    `INSERT INTO import_mappings (funder, headers, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (funder) DO UPDATE SET headers = excluded.headers, updated_at = excluded.updated_at`,
  ).run([funder, JSON.stringify(known), now.toISOString()]);
}
