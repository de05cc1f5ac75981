// The test-result form's values and checks: "name = number" score lines, read into the record the
// vault stores, and the whole form checked as the channel's input by the contract's own schema.
import { z } from 'zod';
import { contract, type ChannelInput } from '@core/ipc/contract';

/** Scores back into the "name = number" lines the form reads. */
export function scoresToText(scores: Readonly<Record<string, number>>): string {
  return Object.entries(scores)
    .map(([name, value]) => `${name} = ${value}`)
    .join('\n');
}

/** "Drive = 7" per line (":" works too, and a decimal comma); null if any line is unreadable. */
export function parseScores(text: string): Record<string, number> | null {
  const scores: Record<string, number> = {};
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const match = /^(.+?)\s*[=:]\s*(-?\d+(?:[.,]\d+)?)\s*$/.exec(line.trim());
    if (!match) return null;
    scores[match[1]!.trim()] = Number(match[2]!.replace(',', '.'));
  }
  return scores;
}

const AssessmentFields = z.object({
  provider: z.string(),
  instrument: z.string(),
  takenOn: z.string(),
  /** "name = number" lines, read by parseScores. */
  scores: z.string(),
  summary: z.string(),
});
export type AssessmentValues = z.input<typeof AssessmentFields>;
// Unreadable lines give null, which the contract's Scores refuses at the path `scores`.
const readScores = (text: string) => parseScores(text) as Record<string, number>;

/** The form checked as assessments.add's input, by the contract's own schema. */
export const newAssessmentSchema = (participantId: number) =>
  AssessmentFields.transform((v): ChannelInput<'assessments.add'> => ({
    participantId,
    programmeId: null,
    provider: v.provider,
    instrument: v.instrument,
    takenOn: v.takenOn,
    scores: readScores(v.scores),
    summary: v.summary,
    reportDocumentId: null,
  })).pipe(contract['assessments.add'].input);

/** The form checked as assessments.update's input: the day, scores and summary of test result `id`. */
export const correctedAssessmentSchema = (id: number) =>
  AssessmentFields.transform((v) => ({
    id,
    takenOn: v.takenOn,
    scores: readScores(v.scores),
    summary: v.summary,
  })).pipe(contract['assessments.update'].input);
