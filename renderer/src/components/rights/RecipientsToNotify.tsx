// The organisations a person's data was shared with, to be told of a correction or an erasure
// (art. 19): each once, as recorded under "Shared with".
import { useTranslation } from 'react-i18next';
import { UserText } from '../UserText';

type Props = Readonly<{ recipients: readonly string[]; after: 'correction' | 'erasure' }>;

export function RecipientsToNotify({ recipients, after }: Props) {
  const { t } = useTranslation();
  if (recipients.length === 0) return null;
  return (
    <div
      className="message message-warning recipients-to-notify"
      data-testid="recipients-to-notify"
    >
      <p>{t(`rights.notify.${after}`)}</p>
      <ul className="recipient-list">
        {recipients.map((r) => (
          <li key={r}>
            <UserText text={r} className="strong" />
          </li>
        ))}
      </ul>
    </div>
  );
}
