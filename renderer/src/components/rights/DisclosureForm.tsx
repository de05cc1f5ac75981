// Records that a person's data was shared: with which organisation, on which day (not after
// today), on what legal basis, why, and which of the person's documents went with it.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, IpcError } from '@core/ipc/contract';
import { currentLanguage } from '../../i18n/setup';
import { formatInstantDay, todayIso } from '../../lib/dates';
import { useVaultMutation, useVaultQuery } from '../../lib/vault-query';
import { ErrorMessage } from '../ErrorMessage';
import { UserText } from '../UserText';
import { DateInput } from '../DateInput';

type Disclosure = ChannelOutput<'disclosures.record'>;

type Props = Readonly<{
  participantId: number;
  onRecorded: (disclosure: Disclosure) => void;
  onCancel: () => void;
}>;

export function DisclosureForm({ participantId, onRecorded, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  const [recipient, setRecipient] = useState('');
  const [sharedOn, setSharedOn] = useState(todayIso());
  const [legalBasis, setLegalBasis] = useState('');
  const [purpose, setPurpose] = useState('');
  // The page's own list: a document added a moment ago on the same page is offered too.
  const documents = useVaultQuery('documents.list', { participantId }).data ?? null;
  const record = useVaultMutation('disclosures.record');
  const [picked, setPicked] = useState<ReadonlySet<number>>(new Set());
  const [error, setError] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);

  const toggle = (documentId: number, on: boolean) =>
    setPicked((old) => {
      const next = new Set(old);
      if (on) next.add(documentId);
      else next.delete(documentId);
      return next;
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!recipient.trim()) return setError({ code: 'validation', field: 'recipient' });
    if (!sharedOn || sharedOn > todayIso())
      return setError({ code: 'invalidDates', field: 'sharedOn' });
    if (!legalBasis.trim()) return setError({ code: 'validation', field: 'legalBasis' });
    setBusy(true);
    const result = await record.mutateAsync({
      participantId,
      recipient: recipient.trim(),
      sharedOn,
      legalBasis: legalBasis.trim(),
      ...(purpose.trim() && { purpose: purpose.trim() }),
      ...(picked.size > 0 && { documentIds: [...picked] }),
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onRecorded(result.value);
  };

  const invalid = (field: string) => error?.field === field || undefined;
  // A field's error goes as soon as that field is being put right.
  const edited = (field: string) => {
    if (error?.field === field) setError(null);
  };

  return (
    <form className="request-form disclosure-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-recipient`}>{t('rights.disclosures.recipient')}</label>
        <input
          id={`${id}-recipient`}
          value={recipient}
          maxLength={200}
          autoFocus
          aria-required="true"
          aria-invalid={invalid('recipient')}
          aria-describedby={`${id}-recipient-hint`}
          onChange={(e) => {
            setRecipient(e.target.value);
            edited('recipient');
          }}
        />
        <p className="hint" id={`${id}-recipient-hint`}>
          {t('rights.disclosures.recipientHint')}
        </p>
      </div>
      <DateInput
        label={t('rights.disclosures.sharedOn')}
        value={sharedOn}
        max={todayIso()}
        invalid={invalid('sharedOn')}
        onChange={(day) => {
          setSharedOn(day);
          edited('sharedOn');
        }}
      />
      <div className="field">
        <label htmlFor={`${id}-basis`}>{t('rights.disclosures.legalBasis')}</label>
        <input
          id={`${id}-basis`}
          value={legalBasis}
          maxLength={500}
          aria-required="true"
          aria-invalid={invalid('legalBasis')}
          aria-describedby={`${id}-basis-hint`}
          onChange={(e) => {
            setLegalBasis(e.target.value);
            edited('legalBasis');
          }}
        />
        <p className="hint" id={`${id}-basis-hint`}>
          {t('rights.disclosures.legalBasisHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-purpose`}>
          {t('rights.disclosures.purpose')}{' '}
          <span className="optional">({t('common.optional')})</span>
        </label>
        <textarea
          id={`${id}-purpose`}
          className="short"
          value={purpose}
          maxLength={1000}
          onChange={(e) => setPurpose(e.target.value)}
        />
      </div>
      <fieldset className="fieldset outcome-choices">
        <legend>{t('rights.disclosures.documents')}</legend>
        {documents?.length === 0 && <p className="hint">{t('rights.disclosures.noDocuments')}</p>}
        {documents?.map((d) => (
          <div className="field-checkbox" key={d.id}>
            <input
              id={`${id}-doc-${d.id}`}
              type="checkbox"
              checked={picked.has(d.id)}
              onChange={(e) => toggle(d.id, e.target.checked)}
            />
            <label htmlFor={`${id}-doc-${d.id}`}>
              <UserText text={d.fileName} />{' '}
              <span className="muted">
                {t(`documents.kinds.${d.kind}`)} · {formatInstantDay(d.createdAt, language)}
              </span>
            </label>
          </div>
        ))}
      </fieldset>
      {error && <ErrorMessage error={error} />}
      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          {t('rights.disclosures.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
