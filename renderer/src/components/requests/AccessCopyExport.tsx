// Answers an access or portability request: the consultant picks the copy's language, the main
// process asks for the folder, and the copy's passphrase is shown once (never stored), with the
// advice to send it by another channel than the file. The request is completed by the export.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@core/ipc/contract';
import { ErrorMessage } from '../ErrorMessage';
import { useStaleLater, useVaultMutation } from '../../lib/vault-query';

type Locale = 'da' | 'nb' | 'en';

type Props = Readonly<{
  requestId: number;
  /** Called once the passphrase has been seen and put away (the request is then completed). */
  onDone: (fileName: string) => void;
  onCancel: () => void;
}>;

export function AccessCopyExport({ requestId, onDone, onCancel }: Props) {
  // The export completes the request, which then leaves the open ones: the lists follow only once
  // the passphrase, shown once, has been noted.
  const exportAccessCopy = useVaultMutation('requests.exportAccessCopy', { staleLater: true });
  const stale = useStaleLater('requests.exportAccessCopy');
  const { t, i18n } = useTranslation();
  const id = useId();
  const [locale, setLocale] = useState<Locale>(
    (['da', 'nb', 'en'] as const).find((l) => i18n.language.startsWith(l)) ?? 'en',
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const [problem, setProblem] = useState<'notWritable' | 'notAFolder' | null>(null);
  const [shown, setShown] = useState<{ fileName: string; passphrase: string } | null>(null);

  const exportCopy = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    setProblem(null);
    const result = await exportAccessCopy.mutateAsync({ requestId, locale });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    const v = result.value;
    if (v.outcome === 'exported') {
      stale.owe();
      setShown({ fileName: v.fileName, passphrase: v.passphrase });
    } else if (v.outcome !== 'cancelled') setProblem(v.outcome);
  };

  if (shown)
    return (
      <section className="request-form access-copy" aria-labelledby={`${id}-pass`}>
        <p className="message message-success" role="status">
          {t('accessCopy.savedAs', { fileName: shown.fileName })}
        </p>
        <h4 id={`${id}-pass`}>{t('accessCopy.passphraseLabel')}</h4>
        <p className="access-passphrase" data-testid="access-passphrase">
          <code>{shown.passphrase}</code>
        </p>
        <p>{t('accessCopy.passphraseOnce')}</p>
        <p className="hint">{t('accessCopy.otherChannel')}</p>
        <div className="actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              // The passphrase leaves React state here: it is never stored anywhere.
              const name = shown.fileName;
              setShown(null);
              stale.settle();
              onDone(name);
            }}
          >
            {t('accessCopy.noted')}
          </button>
        </div>
      </section>
    );

  return (
    <section className="request-form access-copy">
      <p>{t('accessCopy.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-locale`}>{t('accessCopy.language')}</label>
        <select
          id={`${id}-locale`}
          value={locale}
          onChange={(e) => setLocale(e.target.value as Locale)}
        >
          {(['da', 'nb', 'en'] as const).map((l) => (
            <option key={l} value={l}>
              {t(`accessCopy.languages.${l}`)}
            </option>
          ))}
        </select>
      </div>
      {problem && (
        <p className="message message-error" role="alert">
          {t(`accessCopy.${problem}`)}
        </p>
      )}
      {error && <ErrorMessage error={error} />}
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          aria-disabled={busy}
          onClick={() => void exportCopy()}
        >
          {busy ? t('accessCopy.exporting') : t('accessCopy.export')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('accessCopy.cancel')}
        </button>
      </div>
    </section>
  );
}
