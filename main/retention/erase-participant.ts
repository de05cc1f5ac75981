// Erasure: one participant removed entirely, on request or by a rule (purge, then finishing).
import { purgeParticipant } from './purge';
import { finishShredding, recordFacts, type ShredContext, type ShredResult } from './shred';

/**
 * Erases one participant entirely (GDPR art. 17 on request, or a retention rule that is due):
 * one transaction purges everything the person has in every programme, writes the tombstone and
 * the deletion record (trigger 'request' or 'due'), and the finishing steps follow (shred.ts).
 * An erasure request that keeps what a rule requires goes through requests/erasure.ts instead.
 * Returns the deletion record and the finishing's state ('done' or pending with its reason).
 * @throws DomainError notFound('participant') from the purge; VaultLockedError; an unforeseen
 * finishing error only without ctx.containUnexpected.
 */
export async function eraseParticipant(
  ctx: ShredContext,
  input: Readonly<{
    participantId: number;
    paper: 'shredded' | 'none';
    reason: 'dataSubjectRequest' | 'retentionDue';
  }>,
): Promise<ShredResult> {
  ctx.onPhase?.('purge');
  const record = ctx.vault.durable.write('shred.purge', () =>
    purgeParticipant(ctx.vault.db, {
      participantId: input.participantId,
      paper: input.paper,
      record: recordFacts(ctx, {
        presetId: null,
        trigger: input.reason === 'dataSubjectRequest' ? 'request' : 'due',
        reason: input.reason,
      }),
    }),
  );
  return { record, finishing: await finishShredding(ctx) };
}
