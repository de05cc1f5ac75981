// Who issues the certificates: the consultant's name and the organisation's name and address.
// Stored inside the encrypted vault; shown on every deletion certificate (screen and PDF).
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, IpcError } from '@core/ipc/contract';
import { useVaultMutation, useVaultQuery } from '../../lib/vault-query';
import { ErrorMessage } from '../ErrorMessage';

type Issuer = ChannelOutput<'settings.issuer.get'>;

export function IssuerSettings() {
  const { t } = useTranslation();
  const id = useId();
  const asked = useVaultQuery('settings.issuer.get', {});
  const saveIssuer = useVaultMutation('settings.issuer.save');
  // What the consultant typed, until saved; the stored answer otherwise.
  const [edited, setEdited] = useState<Issuer | null>(null);
  const issuer = edited ?? asked.data ?? null;
  const [failed, setError] = useState<IpcError | null>(null);
  const error = failed ?? asked.error?.ipc ?? null;
  const [saved, setSaved] = useState(false);

  const change = (field: keyof Issuer, value: string) => {
    setSaved(false);
    setEdited(issuer ? { ...issuer, [field]: value } : null);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!issuer) return;
    const result = await saveIssuer.mutateAsync(issuer);
    if (!result.ok) return setError(result.error);
    setError(null);
    setEdited(result.value);
    setSaved(true);
  };

  return (
    <section className="card issuer-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('retention.issuer.title')}</h2>
      <p>{t('retention.issuer.intro')}</p>
      {issuer && (
        <form className="form-grid" onSubmit={(e) => void save(e)} noValidate>
          <div className="field">
            <label htmlFor={`${id}-consultant`}>{t('retention.issuer.consultantName')}</label>
            <input
              id={`${id}-consultant`}
              value={issuer.consultantName}
              maxLength={200}
              autoComplete="name"
              onChange={(e) => change('consultantName', e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-organisation`}>{t('retention.issuer.organisationName')}</label>
            <input
              id={`${id}-organisation`}
              value={issuer.organisationName}
              maxLength={200}
              autoComplete="organization"
              onChange={(e) => change('organisationName', e.target.value)}
            />
          </div>
          <div className="field form-wide">
            <label htmlFor={`${id}-address`}>{t('retention.issuer.organisationAddress')}</label>
            <textarea
              id={`${id}-address`}
              value={issuer.organisationAddress}
              maxLength={500}
              rows={3}
              aria-describedby={`${id}-address-hint`}
              onChange={(e) => change('organisationAddress', e.target.value)}
            />
            <p className="hint" id={`${id}-address-hint`}>
              {t('retention.issuer.addressHint')}
            </p>
          </div>
          <div className="actions form-wide">
            <button type="submit" className="button button-primary">
              {t('retention.issuer.save')}
            </button>
          </div>
        </form>
      )}
      {error && <ErrorMessage error={error} />}
      {saved && (
        <p className="message message-success" role="status">
          {t('retention.issuer.saved')}
        </p>
      )}
    </section>
  );
}
