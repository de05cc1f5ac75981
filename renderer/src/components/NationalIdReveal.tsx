// The masked national ID with Reveal (hidden again after 30 s or on leaving) and Copy (clipboard
// cleared after 30 s). Each reveal and copy is a separate audited call; nothing is cached.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLIPBOARD_CLEAR_MS, copySensitive } from '../lib/clipboard';
import { callVault } from '../lib/vault-query';
import { useQueryClient } from '@tanstack/react-query';

const REVEAL_MS = 30_000;

type Props = Readonly<{ participantId: number; masked: string; kind: string }>;

/** DDMMYY-SSSS for CPR; Norwegian numbers are written as one run of digits. */
const display = (kind: string, value: string) =>
  kind === 'cpr' && /^\d{10}$/.test(value) ? `${value.slice(0, 6)}-${value.slice(6)}` : value;

export function NationalIdReveal({ participantId, masked, kind }: Props) {
  const { t } = useTranslation();
  // Audited each time, and never kept: a plain call, not a cached read or a mutation's state.
  const client = useQueryClient();
  const [revealed, setRevealed] = useState<string | null>(null);
  const [copy, setCopy] = useState<'copied' | 'copyFailed' | null>(null);

  useEffect(() => {
    if (revealed === null) return;
    const timer = window.setTimeout(() => setRevealed(null), REVEAL_MS);
    return () => window.clearTimeout(timer);
  }, [revealed]);

  useEffect(() => {
    if (copy === null) return;
    const timer = window.setTimeout(() => setCopy(null), CLIPBOARD_CLEAR_MS);
    return () => window.clearTimeout(timer);
  }, [copy]);

  const reveal = async () => {
    const result = await callVault(client, 'participants.revealNationalId', {
      id: participantId,
      purpose: 'reveal',
    });
    if (result.ok && result.value.value) setRevealed(display(kind, result.value.value));
  };

  const copyId = async () => {
    const result = await callVault(client, 'participants.revealNationalId', {
      id: participantId,
      purpose: 'copy',
    });
    const value = result.ok ? result.value.value : null;
    setCopy(value && (await copySensitive(display(kind, value))) ? 'copied' : 'copyFailed');
  };

  return (
    <div className="national-id">
      <span className="national-id-value" data-revealed={revealed !== null}>
        {revealed ?? masked}
      </span>
      <button
        type="button"
        className="button button-quiet"
        aria-pressed={revealed !== null}
        onClick={() => (revealed ? setRevealed(null) : void reveal())}
      >
        {revealed ? t('participant.hide') : t('participant.reveal')}
      </button>
      <button type="button" className="button button-quiet" onClick={() => void copyId()}>
        {t('participant.copy')}
      </button>
      <p className="hint" role="status">
        {revealed ? t('participant.revealedHint') : copy ? t(`participant.${copy}`) : ''}
      </p>
    </div>
  );
}
