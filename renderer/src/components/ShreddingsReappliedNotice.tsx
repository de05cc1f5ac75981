// After an unlock that found this copy of the vault older than the shreddings the keychain's
// ledger records: how many were carried out again before it opened, and how many could not be
// (from before tombstones). Counts only; no names.
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '@core/ipc/contract';

export type Reapplied = ChannelOutput<'vault.unlock'>['reapplied'];
type Done = Exclude<Reapplied, null | 'unchecked'>;

/** The answer worth telling: shreddings were carried out again (or could not be). */
export function reappliedToTell(r: Reapplied | undefined): Done | null {
  return r && r !== 'unchecked' && (r.shreddings > 0 || r.notReapplied > 0) ? r : null;
}

type Props = Readonly<{ reapplied: Done; onDismiss: () => void }>;

export function ShreddingsReappliedNotice({ reapplied, onDismiss }: Props) {
  const { t } = useTranslation();
  const done = reapplied.shreddings;
  return (
    <section
      className="message message-warning notice notice-stacked"
      aria-label={t('continuity.olderCopy.label')}
      data-testid="shreddings-reapplied"
    >
      {done > 0 && (
        <p role="status">
          {t('continuity.olderCopy.reapplied', { count: done })}{' '}
          {t('continuity.olderCopy.certificates', { count: done })}
        </p>
      )}
      {reapplied.notReapplied > 0 && (
        <p>{t('continuity.olderCopy.notReapplied', { count: reapplied.notReapplied })}</p>
      )}
      <div className="notice-actions">
        <button type="button" className="button button-quiet" onClick={onDismiss}>
          {t('notices.dismiss')}
        </button>
      </div>
    </section>
  );
}
