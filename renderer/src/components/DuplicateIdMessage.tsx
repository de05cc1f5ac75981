// "This number is already in the vault", named as the number's own country names it (CPR-nummer,
// fødselsnummer), with a link to the person who has it: the vault answers only their row id.
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@core/ipc/contract';

type Props = Readonly<{
  error: IpcError;
  /** Which kind of number was typed: a Danish CPR or a Norwegian fødselsnummer. */
  country: 'DK' | 'NO';
  /** Opens the other person's page; without it (inside a dialog) only the sentence shows. */
  onOpen?: (participantId: number) => void;
}>;

/** The other person's id from a duplicateNationalId error's details, if it names one. */
export function duplicateOf(error: IpcError): number | null {
  for (const detail of error.details ?? []) {
    const match = /^participant:(\d+)$/.exec(detail);
    if (match) return Number(match[1]);
  }
  return null;
}

export function DuplicateIdMessage({ error, country, onOpen }: Props) {
  const { t } = useTranslation();
  const other = duplicateOf(error);
  return (
    <div className="message message-error form-wide" role="alert">
      <p>{t(`participant.duplicate.${country}`)}</p>
      {other !== null && onOpen && (
        <button type="button" className="button button-link" onClick={() => onOpen(other)}>
          {t('participant.duplicate.open')}
        </button>
      )}
    </div>
  );
}
