// Close-out: a programme ends and everything only it holds is shredded (purge, then finishing).
import { DomainError } from '../domain/errors';
import { confirmationMatches } from '../domain/text';
import { purgeProgramme, type PaperChecklist } from './purge';
import { finishShredding, recordFacts, type ShredContext, type ShredResult } from './shred';

/**
 * Closes out a programme: `typedName` must match the programme's name (confirmationMatches),
 * then one transaction purges everything only this programme holds (people enrolled elsewhere
 * keep what their other programmes hold), writes the tombstone and the deletion record, and the
 * finishing steps follow (shred.ts). `paper`: what the consultant did with paper files;
 * `presetId`: the retention preset named on the certificate, if any.
 * Returns the deletion record and the finishing's state ('done' or pending with its reason).
 * @throws DomainError confirmationMismatch (field typedName), and from the purge
 * notFound('programme'), programmeClosed, paperChecklistIncomplete (field paper);
 * VaultLockedError; an unforeseen finishing error only without ctx.containUnexpected.
 */
export async function closeOutProgramme(
  ctx: ShredContext,
  input: Readonly<{
    programmeId: number;
    typedName: string;
    paper: PaperChecklist;
    presetId: string | null;
  }>,
): Promise<ShredResult> {
  const db = ctx.vault.db;
  const programme = db
    .prepare('SELECT name FROM programmes WHERE id = ?')
    .get<{ name: string }>([input.programmeId]);
  if (programme && !confirmationMatches(input.typedName, programme.name)) {
    throw new DomainError('confirmationMismatch', 'typedName');
  }
  ctx.onPhase?.('purge');
  const record = ctx.vault.durable.write('shred.purge', () =>
    purgeProgramme(db, {
      programmeId: input.programmeId,
      paper: input.paper,
      record: recordFacts(ctx, {
        presetId: input.presetId,
        trigger: 'programmeEnd',
        reason: 'programme ended',
      }),
    }),
  );
  return { record, finishing: await finishShredding(ctx) };
}
