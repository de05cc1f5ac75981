// The due list read through SQL on indexed dates (computeVaultDue) equals the pure reference
// (computeDueFlagged over every row, loadRetentionData) on random vaults: random presets, dates
// near midnight in zones from UTC−11 to UTC+14, month ends, postponements, horizons up to 200 years.
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDate } from '../../../main/domain/brands';
import { computeDueFlagged } from '../../../main/retention/due';
import { dueCandidateIds } from '../../../main/retention/due-candidates';
import { computeVaultDue, loadRetentionData } from '../../../main/retention/due-data';
import { addDays } from '../../../main/retention/calendar';
import { listPresets } from '../../../main/retention/policies';
import type { Database } from '../../../main/vault/database';
import { migrate } from '../../../main/vault/migrate';
import { openSqlCipher } from '../../../main/vault/sqlcipher-driver';
import { configureConnection } from '../../../main/vault/vault';
import { removeDir, tempDir } from '../../support/temp-vault';

const NOW = new Date('2026-11-01T09:00:00Z');
const ZONES = [
  'Europe/Copenhagen',
  'Europe/Oslo',
  'UTC',
  'America/New_York',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
];
const PERIODS = ['P0D', 'P1D', 'P2W', 'P1M', 'P1M1D', 'P6M', 'P1Y', 'P3Y', 'P10Y', 'P1200M'];
const CATEGORIES = [
  'participant',
  'enrolmentData',
  'sessionNotes',
  'assessments',
  'documents.cv',
  'documents.application',
  'consents',
] as const;
const TRIGGERS = ['programmeEnd', 'lastContact', 'agreementEnd', 'reconfirmation'] as const;
const KINDS = ['cv', 'application', 'other'] as const;

const day = fc
  .integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2031, 11, 31) })
  .map((t) => new Date(t - (t % 86_400_000)).toISOString().slice(0, 10));
// A stored date as days before the run's last day (today + horizon), mostly within a few days of
// a rule's period, where a wrong bound would show: resolved per run by `on`.
const lag = fc.oneof(
  fc.integer({ min: -400, max: 4000 }),
  fc.integer({ min: -3, max: 17 }),
  fc
    .tuple(
      fc.constantFrom(0, 1, 14, 28, 30, 31, 59, 181, 184, 365, 366, 1095, 1096, 3652, 3653),
      fc.integer({ min: -3, max: 3 }),
    )
    .map(([d, j]) => d + j),
);
// An instant within two hours of a UTC midnight half the time (its local date differs by zone),
// or a bare date, as last_contact_at and created_at may hold either.
const when = fc.record({
  lag,
  form: fc.constantFrom('instant', 'nearMidnight', 'date'),
  seconds: fc.integer({ min: 0, max: 86_399 }),
});
type When = typeof when extends fc.Arbitrary<infer T> ? T : never;
function on(w: When, last: string, form = w.form): string {
  const date = new Date(Date.parse(`${last}T00:00:00Z`) - w.lag * 86_400_000)
    .toISOString()
    .slice(0, 10);
  if (form === 'date') return date;
  const s = form === 'nearMidnight' ? (w.seconds % 7200) + (w.seconds % 2 ? 79_200 : 0) : w.seconds;
  return new Date(Date.parse(`${date}T00:00:00Z`) + s * 1000).toISOString();
}

const rule = fc.record({
  category: fc.constantFrom(...CATEGORIES),
  trigger: fc.constantFrom(...TRIGGERS),
  period: fc.constantFrom(...PERIODS),
  action: fc.constantFrom('prompt', 'automatic'),
});

const vaultShape = fc.record({
  customRules: fc.array(rule, { minLength: 1, maxLength: 6 }),
  programmes: fc.array(
    fc.record({
      country: fc.constantFrom('DK', 'NO'),
      endsOn: when,
      status: fc.constantFrom('active', 'closing', 'closed'),
      preset: fc.constantFrom(
        null,
        'dk-jobcentre-coaching',
        'no-recruitment-guidance',
        'custom',
        'custom',
      ),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  participants: fc.array(
    fc.record({
      lastContactAt: fc.option(when, { nil: null }),
      enrolments: fc.array(
        fc.record({ at: fc.nat(3), status: fc.constantFrom('active', 'completed') }),
        { maxLength: 2 },
      ),
      notes: fc.array(fc.nat(3), { maxLength: 3 }),
      assessments: fc.array(fc.nat(3), { maxLength: 1 }),
      documents: fc.array(
        fc.record({
          at: fc.nat(3),
          kind: fc.constantFrom(...KINDS),
          createdAt: when,
          reconfirmedOn: fc.option(when, { nil: null }),
        }),
        { maxLength: 2 },
      ),
      consents: fc.array(fc.option(when, { nil: null }), { maxLength: 2 }),
    }),
    { maxLength: 25 },
  ),
  postponeEvery: fc.integer({ min: 2, max: 5 }),
  postponeDays: fc.integer({ min: 1, max: 30 }),
  today: day.map(isoDate),
  horizonDays: fc.constantFrom(0, 1, 30, 366, 73_050),
  timeZone: fc.constantFrom(...ZONES),
});
type VaultShape = typeof vaultShape extends fc.Arbitrary<infer T> ? T : never;

/** Writes one random vault's rows (inside the caller's transaction). */
function write(db: Database, v: VaultShape): void {
  const at = NOW.toISOString();
  const last = addDays(v.today, v.horizonDays);
  const date = (w: When) => on(w, last, 'date');
  if (v.customRules.length > 0)
    db.prepare(
      "INSERT INTO retention_presets (id, name, source, rules, updated_at) VALUES ('custom', 'Custom', 'test', ?, ?)",
    ).run([JSON.stringify(v.customRules), at]);
  const programmeIds = v.programmes.map(
    (p, i) =>
      db
        .prepare(
          `INSERT INTO programmes (name, funder, country, starts_on, ends_on, status, retention_preset_id, created_at, updated_at)
           VALUES (?, 'F', ?, '2000-01-01', ?, ?, ?, ?, ?)`,
        )
        .run([
          `P${i}`,
          p.country,
          date(p.endsOn),
          p.status,
          p.preset === 'custom' && v.customRules.length === 0 ? null : p.preset,
          at,
          at,
        ]).lastInsertRowid,
  );
  const programme = (k: number) => programmeIds[k % programmeIds.length]!;
  v.participants.forEach((p, i) => {
    const id = db
      .prepare(
        `INSERT INTO participants (given_name, family_name, national_id_kind, email, last_contact_at, audit_ref, created_at, updated_at)
         VALUES ('A', ?, 'none', 'a@example.org', ?, ?, ?, ?)`,
      )
      .run([
        `B${i}`,
        p.lastContactAt && on(p.lastContactAt, last),
        `ref${i}`,
        at,
        at,
      ]).lastInsertRowid;
    for (const e of p.enrolments)
      db.prepare(
        'INSERT OR IGNORE INTO enrolments (participant_id, programme_id, enrolled_on, status) VALUES (?, ?, ?, ?)',
      ).run([id, programme(e.at), '2020-01-01', e.status]);
    for (const k of p.notes)
      db.prepare(
        "INSERT INTO notes (body, created_at, updated_at, participant_id, programme_id, occurred_at) VALUES ('n', ?, ?, ?, ?, ?)",
      ).run([at, at, id, programme(k), at]);
    for (const k of p.assessments)
      db.prepare(
        "INSERT INTO assessments (participant_id, programme_id, provider, instrument, taken_on, scores, created_at) VALUES (?, ?, 'M', 'I', '2020-01-01', '[]', ?)",
      ).run([id, programme(k), at]);
    for (const d of p.documents)
      db.prepare(
        "INSERT INTO documents (participant_id, programme_id, kind, file_name, mime_type, size, sha256, created_at, reconfirmed_on) VALUES (?, ?, ?, 'f', 'application/pdf', 0, '', ?, ?)",
      ).run([
        id,
        programme(d.at),
        d.kind,
        on(d.createdAt, last),
        d.reconfirmedOn && date(d.reconfirmedOn),
      ]);
    for (const withdrawnOn of p.consents)
      db.prepare(
        "INSERT INTO consents (participant_id, purpose, legal_basis, given_on, withdrawn_on) VALUES (?, 'p', 'b', '2019-01-01', ?)",
      ).run([id, withdrawnOn && date(withdrawnOn)]);
  });
}

/** Postpones every n-th item the reference lists far ahead, so postponements move real items. */
function postponeSome(db: Database, keys: readonly string[], v: VaultShape): void {
  keys.forEach((key, i) => {
    if (i % v.postponeEvery !== 0) return;
    db.prepare(
      "INSERT INTO retention_postponements (item_key, reason, until, recorded_at, actor) VALUES (?, 'r', ?, ?, 'c')",
    ).run([key, addDays(v.today, v.postponeDays), NOW.toISOString()]);
  });
}

describe.each([
  ['keyed', () => randomBytes(32)],
  ['unkeyed', () => null],
])('the fast due path equals the reference (%s)', (_label, key) => {
  let dir: string;
  let db: Database;
  beforeAll(() => {
    dir = tempDir();
    const k = key();
    db = openSqlCipher(`${dir}/vault.db`, k);
    k?.fill(0);
    configureConnection(db);
    migrate(db);
    listPresets(db, NOW); // the defaults, written once and kept across the rolled-back vaults
  });
  afterAll(() => {
    db.close();
    removeDir(dir);
  });

  it('on 200 random vaults, with fewer people read than stored when the horizon allows', () => {
    const seen = { items: 0, narrowed: 0, postponed: 0 };
    fc.assert(
      fc.property(vaultShape, (v) => {
        db.exec('BEGIN');
        try {
          write(db, v);
          const options = { today: v.today, timeZone: v.timeZone, horizonDays: v.horizonDays };
          const everything = { ...options, horizonDays: 73_050 };
          const all = computeDueFlagged(listPresets(db, NOW), loadRetentionData(db), everything);
          postponeSome(
            db,
            all.items.map((i) => i.key),
            v,
          );
          const presets = listPresets(db, NOW);
          const reference = computeDueFlagged(presets, loadRetentionData(db), options);
          const fast = computeVaultDue(db, presets, options);
          expect(fast).toEqual(reference);
          seen.items += reference.items.length;
          seen.postponed += reference.items.filter((i) => i.postponedUntil !== null).length;
          const limit = addDays(v.today, v.horizonDays);
          if (dueCandidateIds(db, presets, limit).length < v.participants.length) seen.narrowed++;
        } finally {
          db.exec('ROLLBACK');
        }
      }),
      { numRuns: 200 },
    );
    // Positive controls: the runs had items, postponed ones, and the SQL did leave people out.
    expect(seen.items).toBeGreaterThan(100);
    expect(seen.postponed).toBeGreaterThan(5);
    expect(seen.narrowed).toBeGreaterThan(20);
  });
});
