// A dismissible status line after create or unlock (e.g. the keychain could not keep the key).
import { useTranslation } from 'react-i18next';

export type NoticeKind = 'created' | 'keychainUnavailable';

type Props = Readonly<{ kind: NoticeKind; onDismiss: () => void }>;

export function Notice({ kind, onDismiss }: Props) {
  const { t } = useTranslation();
  const tone = kind === 'keychainUnavailable' ? 'message-warning' : 'message-success';
  return (
    <div className={`message notice ${tone}`} role="status">
      <p>{t(`notices.${kind}`)}</p>
      <button type="button" className="button button-quiet" onClick={onDismiss}>
        {t('notices.dismiss')}
      </button>
    </div>
  );
}
