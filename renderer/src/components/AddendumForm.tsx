// Adds a dated addendum to a locked note: the only way a locked note can be corrected. While the
// person has an open correction request, the addendum can name it (art. 16's proof).
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, IpcError } from '@core/ipc/contract';
import { ErrorMessage } from './ErrorMessage';
import { RequestLinkField, useOpenRectifications } from './rights/RequestLinkField';
import { useVaultMutation } from '../lib/vault-query';

type Props = Readonly<{
  noteId: number;
  participantId: number;
  onAdded: (addendum: ChannelOutput<'sessionNotes.addAddendum'>) => void;
  onCancel: () => void;
}>;

export function AddendumForm({ noteId, participantId, onAdded, onCancel }: Props) {
  const { t } = useTranslation();
  const addAddendum = useVaultMutation('sessionNotes.addAddendum');
  const id = useId();
  const { requests, linked, setLinked } = useOpenRectifications(participantId);
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim() || busy) return;
    setBusy(true);
    const result = await addAddendum.mutateAsync({
      noteId,
      body,
      ...(linked !== null && { requestId: linked }),
    });
    setBusy(false);
    // On failure the text stays in the field.
    if (!result.ok) return setError(result.error);
    onAdded(result.value);
  };

  return (
    <form className="addendum-form" onSubmit={(e) => void submit(e)}>
      <div className="field">
        <label htmlFor={`${id}-body`}>{t('sessionNotes.addendumLabel')}</label>
        <textarea
          id={`${id}-body`}
          className="short"
          value={body}
          rows={3}
          autoFocus
          maxLength={100_000}
          onChange={(e) => setBody(e.target.value)}
        />
      </div>
      <RequestLinkField requests={requests} value={linked} onChange={setLinked} />
      {error && <ErrorMessage error={error} />}
      <div className="actions">
        <button
          type="submit"
          className="button button-primary"
          aria-disabled={busy || !body.trim()}
        >
          {busy ? t('common.saving') : t('sessionNotes.saveAddendum')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
