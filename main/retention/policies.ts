// Retention policies as data: category × trigger × period × action, with the two presets
// written from the seeds (000: Danish job-centre coaching; 004: Norwegian recruitment and guidance).
import { Category, Preset, StoredPreset, type Rule } from './policy-schema';
import type { Database } from '../vault/database';
import { notFound } from '../domain/errors';
import { type Country } from '../domain/vocabulary';

export { Category, Period, Preset, Rule, RuleBasis, Trigger } from './policy-schema';

export const DANISH_PRESET_ID = 'dk-jobcentre-coaching';
export const NORWEGIAN_PRESET_ID = 'no-recruitment-guidance';

const everythingAtProgrammeEnd: Rule[] = Category.options
  .filter((c) => c !== 'documents.cv')
  .map((category) => ({ category, trigger: 'programmeEnd', period: 'P0D', action: 'prompt' }));

export const DEFAULT_PRESETS: readonly Preset[] = [
  {
    id: DANISH_PRESET_ID,
    name: 'Danish job-centre coaching',
    source: 'seeds/000_87b492c2f2071a7d.txt',
    rules: [
      // "Når dit forløb er afsluttet, slettes alle digitale data på dig."
      ...everythingAtProgrammeEnd,
      { category: 'documents.cv', trigger: 'programmeEnd', period: 'P0D', action: 'prompt' },
      // CV profile reconfirmed every 6 months, else deleted.
      { category: 'documents.cv', trigger: 'reconfirmation', period: 'P6M', action: 'prompt' },
    ],
  },
  {
    id: NORWEGIAN_PRESET_ID,
    name: 'Norwegian recruitment and guidance',
    source: 'seeds/004_ceb7e3c14b4bf4a7.txt',
    rules: [
      // "Samtale med jobbkonsulent / veiledning / tre (3) år etter siste kontakt."
      { category: 'sessionNotes', trigger: 'lastContact', period: 'P3Y', action: 'prompt' },
      // "Kundeavtaler i ti (10) år etter opphør av avtale."
      { category: 'consents', trigger: 'agreementEnd', period: 'P10Y', action: 'prompt' },
      // The notice names nothing else: every other category follows the conversation rule, as the
      // organisation's own choice (marked so on screen and on the certificate).
      ...Category.options
        .filter((c) => c !== 'sessionNotes' && c !== 'consents')
        .map((category): Rule => ({
          category,
          trigger: 'lastContact',
          period: 'P3Y',
          action: 'prompt',
          basis: 'ownChoice',
        })),
    ],
  },
];

/**
 * The Norwegian preset's rules as earlier versions wrote them (the two the notice names). A vault
 * still holding exactly these, never edited, gets the full preset; an edited one is left alone.
 */
const NORWEGIAN_RULES_BEFORE_EVERY_CATEGORY = JSON.stringify([
  { category: 'sessionNotes', trigger: 'lastContact', period: 'P3Y', action: 'prompt' },
  { category: 'consents', trigger: 'agreementEnd', period: 'P10Y', action: 'prompt' },
]);

/**
 * The presets in the vault (ensureDefaultPresets first), ordered by id.
 * @throws the driver's SQLITE_READONLY when a default must be written on a query-only connection.
 */
export function listPresets(db: Database, now: Date): Preset[] {
  ensureDefaultPresets(db, now);
  return db
    .prepare('SELECT id, name, source, rules FROM retention_presets ORDER BY id')
    .all<{ id: string; name: string; source: string; rules: string }>()
    .map((r) => StoredPreset.parse({ ...r, rules: JSON.parse(r.rules) }));
}

/**
 * Writes the default presets on first use (they are then editable) and brings an unedited
 * Norwegian preset from before every category up to date; writes nothing when neither is needed.
 * The vault worker runs it at create and unlock, so the read worker's query-only connection
 * (host/read-worker.ts) never has to. `now` stamps updated_at.
 * @throws the driver's SQLITE_READONLY when a write is needed on a query-only connection.
 */
export function ensureDefaultPresets(db: Database, now: Date): void {
  const stored = db
    .prepare('SELECT id, rules FROM retention_presets')
    .all<{ id: string; rules: string }>();
  const ids = new Set(stored.map((r) => r.id));
  const needsWrite =
    DEFAULT_PRESETS.some((p) => !ids.has(p.id)) ||
    stored.some(
      (r) => r.id === NORWEGIAN_PRESET_ID && r.rules === NORWEGIAN_RULES_BEFORE_EVERY_CATEGORY,
    );
  if (needsWrite) writeDefaultPresets(db, now);
}

/** Writes the missing default presets and updates the unedited old Norwegian one. */
function writeDefaultPresets(db: Database, now: Date): void {
  const insert = db.prepare(
    'INSERT OR IGNORE INTO retention_presets (id, name, source, rules, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  for (const p of DEFAULT_PRESETS)
    insert.run([p.id, p.name, p.source, JSON.stringify(p.rules), now.toISOString()]);
  const norwegian = DEFAULT_PRESETS.find((p) => p.id === NORWEGIAN_PRESET_ID)!;
  db.prepare(
    'UPDATE retention_presets SET rules = ?, updated_at = ? WHERE id = ? AND rules = ?',
  ).run([
    JSON.stringify(norwegian.rules),
    now.toISOString(),
    NORWEGIAN_PRESET_ID,
    NORWEGIAN_RULES_BEFORE_EVERY_CATEGORY,
  ]);
}

/**
 * Saves a preset (inserted, or its name and rules replaced), `now` its update instant (ISO UTC).
 * Returns it as parsed. Throws ZodError when it does not fit the Preset schema.
 */
export function savePreset(db: Database, preset: Preset, now: Date): Preset {
  const valid = Preset.parse(preset);
  db.prepare(
    `INSERT INTO retention_presets (id, name, source, rules, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, rules = excluded.rules, updated_at = excluded.updated_at`,
  ).run([valid.id, valid.name, valid.source, JSON.stringify(valid.rules), now.toISOString()]);
  return valid;
}

/** The preset a programme follows: its own, else the default for its country. */
export function presetForCountry(country: Country): string {
  return country === 'DK' ? DANISH_PRESET_ID : NORWEGIAN_PRESET_ID;
}

/**
 * The preset id a programme's close-out follows: the programme's own preset, else its country's
 * default (presetForCountry). Throws DomainError `notFound` ('programme') for an unknown id.
 */
export function programmePresetId(db: Database, programmeId: number): string {
  const programme = db
    .prepare('SELECT country, retention_preset_id AS presetId FROM programmes WHERE id = ?')
    .get<{ country: Country; presetId: string | null }>([programmeId]);
  if (!programme) throw notFound('programme');
  return programme.presetId ?? presetForCountry(programme.country);
}
