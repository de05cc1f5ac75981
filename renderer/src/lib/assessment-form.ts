// The test-result form's values and checks: one row per score (name, value, and the scale's
// lowest and highest), read into the list the vault stores, and the whole form checked as the
// channel's input by the contract's own schema, so each row's error is the core's own rule.
import { z } from 'zod';
import { contract, type ChannelInput, type ChannelOutput } from '@core/ipc/contract';

/** One score row as typed: every cell is text until the form is checked. */
export type ScoreRow = { name: string; value: string; min: string; max: string };

export const EMPTY_ROW: ScoreRow = { name: '', value: '', min: '', max: '' };

type StoredScore = ChannelOutput<'assessments.list'>[number]['scores'][number];
type KnownInstrument = ChannelOutput<'assessments.instruments'>[number];

/** A number as the consultant writes it (decimal comma or point) back into a row's cell. */
export function numberToText(n: number | null, decimalComma: boolean): string {
  if (n === null) return '';
  const text = String(n);
  return decimalComma ? text.replace('.', ',') : text;
}

/**
 * A cell read as a number: '' is no number (the contract says "required"), "7", "-2", "7,5" and
 * "7.5" are numbers, anything else is NaN (the contract refuses it as not a number).
 */
export function readNumber(text: string): number | undefined {
  const t = text.trim().replace(/\u2212/g, '-');
  if (t === '') return undefined;
  return /^-?\d+(?:[.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : Number.NaN;
}

/** Stored scores as rows; a score from before scales were asked has empty scale cells. */
export function scoresToRows(scores: readonly StoredScore[], decimalComma: boolean): ScoreRow[] {
  return scores.map((s) => ({
    name: s.name,
    value: numberToText(s.value, decimalComma),
    min: numberToText(s.min, decimalComma),
    max: numberToText(s.max, decimalComma),
  }));
}

/** How an instrument's name is compared with the ones used before: trimmed, NFC, case-blind. */
export const instrumentKey = (name: string) => name.trim().normalize('NFC').toLocaleLowerCase();

/** The instrument used before whose name is `typed`, if any. */
export function findInstrument(
  known: readonly KnownInstrument[],
  typed: string,
): KnownInstrument | undefined {
  const key = instrumentKey(typed);
  return key ? known.find((k) => instrumentKey(k.instrument) === key) : undefined;
}

/** An instrument's remembered scales as empty rows to fill in: names and scales, no values. */
export function rowsFromScales(known: KnownInstrument, decimalComma: boolean): ScoreRow[] {
  return known.scales.map((s) => ({
    name: s.name,
    value: '',
    min: numberToText(s.min, decimalComma),
    max: numberToText(s.max, decimalComma),
  }));
}

/**
 * Rows of an older result (no scale recorded) completed from the instrument's remembered scales,
 * by score name; a row that has its scale, or whose name is not remembered, stays as it is.
 */
export function completeScales(
  rows: readonly ScoreRow[],
  known: KnownInstrument | undefined,
  decimalComma: boolean,
): ScoreRow[] {
  if (!known) return [...rows];
  return rows.map((row) => {
    if (row.min !== '' || row.max !== '') return row;
    const scale = known.scales.find((s) => instrumentKey(s.name) === instrumentKey(row.name));
    return scale
      ? {
          ...row,
          min: numberToText(scale.min, decimalComma),
          max: numberToText(scale.max, decimalComma),
        }
      : row;
  });
}

const AssessmentFields = z.object({
  provider: z.string(),
  instrument: z.string(),
  takenOn: z.string(),
  scores: z.array(
    z.object({ name: z.string(), value: z.string(), min: z.string(), max: z.string() }),
  ),
  summary: z.string(),
});
export type AssessmentValues = z.input<typeof AssessmentFields>;

// Each cell read as a number; '' and unreadable text are refused by the contract at that cell's
// path (scores.N.value), so the error shows under the row it belongs to.
const readRows = (rows: readonly ScoreRow[]) =>
  rows.map((r) => ({
    name: r.name,
    value: readNumber(r.value) as number,
    min: readNumber(r.min) as number,
    max: readNumber(r.max) as number,
  }));

/** The form checked as assessments.add's input, by the contract's own schema. */
export const newAssessmentSchema = (participantId: number) =>
  AssessmentFields.transform((v): ChannelInput<'assessments.add'> => ({
    participantId,
    programmeId: null,
    provider: v.provider,
    instrument: v.instrument,
    takenOn: v.takenOn,
    scores: readRows(v.scores),
    summary: v.summary,
    reportDocumentId: null,
  })).pipe(contract['assessments.add'].input);

/** The form checked as assessments.update's input: the day, scores and summary of test result `id`. */
export const correctedAssessmentSchema = (id: number) =>
  AssessmentFields.transform((v) => ({
    id,
    takenOn: v.takenOn,
    scores: readRows(v.scores),
    summary: v.summary,
  })).pipe(contract['assessments.update'].input);
