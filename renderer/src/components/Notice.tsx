// A dismissible status line after create, restore or unlock (e.g. the keychain could not keep the key).
import { useTranslation } from 'react-i18next';

export type NoticeKind =
  | 'created'
  | 'keychainUnavailable'
  | 'keychainConflict'
  | 'restored'
  | 'restoredNoKeychain'
  | 'recoveryReset';

type Props = Readonly<{ kind: NoticeKind; onDismiss: () => void }>;

export function Notice({ kind, onDismiss }: Props) {
  const { t } = useTranslation();
  const tone =
    kind === 'keychainUnavailable' || kind === 'keychainConflict' || kind === 'restoredNoKeychain'
      ? 'message-warning'
      : 'message-success';
  const text =
    kind === 'recoveryReset'
      ? t('continuity.recoveryCopy.done')
      : kind === 'restored' || kind === 'restoredNoKeychain'
        ? t(`continuity.notices.${kind}`)
        : t(`notices.${kind}`);
  return (
    <div className={`message notice ${tone}`} role="status">
      <p>{text}</p>
      <button type="button" className="button button-quiet" onClick={onDismiss}>
        {t('notices.dismiss')}
      </button>
    </div>
  );
}
