// A dismissible status line after create, restore or unlock (e.g. the keychain could not keep the key).
// After a keychain conflict it offers to use this copy of the vault on this computer.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVaultMutation } from '../lib/vault-query';

export type NoticeKind =
  | 'created'
  | 'keychainUnavailable'
  | 'keychainConflict'
  | 'keychainKept'
  | 'restored'
  | 'restoredNoKeychain'
  | 'recoveryReset';

/**
 * A notice that only says something went well: read once the consultant moves on to another
 * screen, so it goes then rather than push the next page (the note editor) down on a laptop.
 * A warning (no keychain, a conflict) stays until dismissed.
 */
export function passesOnNavigation(kind: NoticeKind): boolean {
  return (
    kind === 'created' || kind === 'restored' || kind === 'keychainKept' || kind === 'recoveryReset'
  );
}

type Props = Readonly<{
  kind: NoticeKind;
  onDismiss: () => void;
  /** Replaces this notice with another (the conflict's "use this copy" answered). */
  onChange?: (kind: NoticeKind) => void;
}>;

export function Notice({ kind, onDismiss, onChange }: Props) {
  const { t } = useTranslation();
  const keepKey = useVaultMutation('vault.keepKeyInKeychain');
  const [keeping, setKeeping] = useState(false);
  const [keepFailed, setKeepFailed] = useState(false);
  const tone =
    kind === 'keychainUnavailable' || kind === 'keychainConflict' || kind === 'restoredNoKeychain'
      ? 'message-warning'
      : 'message-success';
  const text =
    kind === 'recoveryReset'
      ? t('continuity.recoveryCopy.done')
      : kind === 'keychainKept'
        ? t('continuity.olderCopy.kept')
        : kind === 'restored' || kind === 'restoredNoKeychain'
          ? t(`continuity.notices.${kind}`)
          : t(`notices.${kind}`);
  // A conflict offers a choice (this copy on this computer), shown under the text.
  const choice = kind === 'keychainConflict' && !!onChange;
  const keep = async () => {
    setKeeping(true);
    setKeepFailed(false);
    const result = await keepKey.mutateAsync({});
    setKeeping(false);
    if (result.ok && result.value.keychain === 'ok') onChange?.('keychainKept');
    else setKeepFailed(true);
  };
  return (
    <div className={`message notice ${tone} ${choice ? 'notice-stacked' : ''}`} role="status">
      <p>{text}</p>
      {keepFailed && <p>{t('continuity.olderCopy.keepFailed')}</p>}
      <div className="notice-actions">
        {choice && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void keep()}
            disabled={keeping}
          >
            {keeping ? t('continuity.olderCopy.keeping') : t('continuity.olderCopy.keepKey')}
          </button>
        )}
        <button type="button" className="button button-quiet" onClick={onDismiss}>
          {t('notices.dismiss')}
        </button>
      </div>
    </div>
  );
}
