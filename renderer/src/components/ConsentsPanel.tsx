// Consents: purpose, legal basis, when given, and withdrawal (dated today).
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, IpcError } from '@core/ipc/contract';
import { currentLanguage } from '../i18n/setup';
import { formatDay, todayIso } from '../lib/dates';
import { useReadOnly } from '../lib/read-only';
import { useVaultMutation, useVaultQuery } from '../lib/vault-query';
import { ErrorMessage } from './ErrorMessage';
import { UserText } from './UserText';
import { DateInput } from './DateInput';

type Consent = ChannelOutput<'consents.add'>;
type Props = Readonly<{ participantId: number }>;

export function ConsentsPanel({ participantId }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  const { readOnly, because } = useReadOnly();
  const items = useVaultQuery('consents.list', { participantId }).data ?? null;
  const addConsent = useVaultMutation('consents.add');
  const withdrawConsent = useVaultMutation('consents.withdraw');
  const [purpose, setPurpose] = useState('');
  const [legalBasis, setLegalBasis] = useState('');
  const [givenOn, setGivenOn] = useState(todayIso());
  const [error, setError] = useState<IpcError | null>(null);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!purpose.trim() || !legalBasis.trim() || !givenOn) return;
    const result = await addConsent.mutateAsync({
      participantId,
      purpose: purpose.trim(),
      legalBasis: legalBasis.trim(),
      givenOn,
    });
    if (!result.ok) return setError(result.error);
    setError(null);
    setPurpose('');
    setLegalBasis('');
  };

  const withdraw = async (consent: Consent) => {
    const result = await withdrawConsent.mutateAsync({
      id: consent.id,
      withdrawnOn: todayIso(),
    });
    if (!result.ok) return setError(result.error);
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('consents.title')}</h2>
      {items && items.length === 0 && <p className="empty">{t('consents.empty')}</p>}
      {items && items.length > 0 && (
        <ul className="plain-list">
          {items.map((c) => (
            <li key={c.id} className="consent">
              <UserText text={c.purpose} className="strong" />{' '}
              <span className="muted">
                (<UserText text={c.legalBasis} />) ·{' '}
                {t('consents.given', { date: formatDay(c.givenOn, language) })}
                {c.withdrawnOn &&
                  ` · ${t('consents.withdrawn', { date: formatDay(c.withdrawnOn, language) })}`}
              </span>
              {!c.withdrawnOn && (
                <button
                  type="button"
                  className="button button-quiet"
                  disabled={readOnly}
                  aria-describedby={because}
                  onClick={() => void withdraw(c)}
                >
                  {t('consents.withdraw')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form className="form-grid" onSubmit={(e) => void add(e)}>
        <div className="field">
          <label htmlFor={`${id}-purpose`}>{t('consents.purpose')}</label>
          <input
            id={`${id}-purpose`}
            value={purpose}
            maxLength={500}
            disabled={readOnly}
            onChange={(e) => setPurpose(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-basis`}>{t('consents.legalBasis')}</label>
          <input
            id={`${id}-basis`}
            value={legalBasis}
            maxLength={200}
            disabled={readOnly}
            onChange={(e) => setLegalBasis(e.target.value)}
          />
        </div>
        <DateInput
          label={t('consents.givenOn')}
          value={givenOn}
          disabled={readOnly}
          onChange={setGivenOn}
        />
        {error && <ErrorMessage error={error} />}
        <div className="actions form-wide">
          <button
            type="submit"
            className="button button-secondary"
            disabled={readOnly}
            aria-describedby={because}
          >
            {t('consents.add')}
          </button>
        </div>
      </form>
    </section>
  );
}
