// The restore half of first run: pick a backup pair in the main process's file dialog (the page
// never sees or sends a path), type the recovery passphrase, restore; the key goes into the keychain.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, IpcError } from '@core/ipc/contract';
import { currentLanguage } from '../i18n/setup';
import { formatInstant } from '../lib/dates';
import { ErrorMessage } from './ErrorMessage';

type Pick = ChannelOutput<'vault.pickBackup'>;
import type { Reapplied } from './ShreddingsReappliedNotice';
import { useVaultMutation } from '../lib/vault-query';
type Props = Readonly<{
  onRestored: (keychain: 'stored' | 'unavailable', reapplied: Reapplied) => void;
}>;

export function RestoreForm({ onRestored }: Props) {
  const { t } = useTranslation();
  const restore = useVaultMutation('vault.restore');
  const pickBackup = useVaultMutation('vault.pickBackup');
  const [pick, setPick] = useState<Pick | null>(null);
  const [picking, setPicking] = useState(false);
  const [needFile, setNeedFile] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const chooseButton = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const picked = pick?.outcome === 'picked' ? pick : null;

  const choose = async () => {
    if (picking || busy) return;
    setPicking(true);
    setError(null);
    const result = await pickBackup.mutateAsync({});
    setPicking(false);
    if (!result.ok) return setError(result.error);
    // A cancelled dialog keeps what was chosen before.
    if (result.value.outcome === 'cancelled') return;
    setPick(result.value);
    setNeedFile(false);
    if (result.value.outcome === 'picked') field.current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!picked) {
      setNeedFile(true);
      return chooseButton.current?.focus();
    }
    if (!passphrase) return field.current?.focus();
    setBusy(true);
    setError(null);
    const result = await restore.mutateAsync({ passphrase });
    setBusy(false);
    if (result.ok)
      return onRestored(
        result.value.keychain === 'stored' ? 'stored' : 'unavailable',
        result.value.reapplied,
      );
    setError(result.error);
    field.current?.focus();
    field.current?.select();
  };

  const pickProblem =
    pick?.outcome === 'notABackup' || pick?.outcome === 'keyFileMissing' ? pick.outcome : null;
  return (
    <div className="first-run-form">
      <h2 id="restore-title">{t('continuity.restore.title')}</h2>
      <p className="lead">{t('continuity.restore.intro')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="restore-title">
        <div className="field" role="group" aria-labelledby="restore-file-label">
          <p className="field-label" id="restore-file-label">
            {t('continuity.restore.file')}
          </p>
          <div className="picked-backup">
            <div className="picked-backup-text" aria-live="polite">
              {picked ? (
                <>
                  {picked.takenAt && (
                    <p className="picked-backup-date">
                      {t('continuity.restore.takenAt', {
                        date: formatInstant(picked.takenAt, currentLanguage()),
                      })}
                    </p>
                  )}
                  <p className="picked-backup-name">{picked.fileName}</p>
                </>
              ) : (
                <p className="hint">
                  {picking ? t('continuity.restore.choosing') : t('continuity.restore.noFile')}
                </p>
              )}
            </div>
            <button
              type="button"
              ref={chooseButton}
              className="button button-secondary"
              aria-disabled={picking || busy}
              aria-describedby={needFile ? 'restore-need-file' : undefined}
              onClick={() => void choose()}
            >
              {picked ? t('continuity.restore.chooseAnother') : t('continuity.restore.choose')}
            </button>
          </div>
          {needFile && (
            <p className="hint hint-error" id="restore-need-file">
              {t('continuity.restore.needFile')}
            </p>
          )}
          {pickProblem && (
            <p className="message message-error" role="alert">
              {t(`continuity.restore.${pickProblem}`)}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="restore-passphrase">{t('continuity.restore.passphrase')}</label>
          <input
            id="restore-passphrase"
            ref={field}
            type="password"
            autoComplete="current-password"
            spellCheck={false}
            value={passphrase}
            readOnly={busy}
            aria-invalid={error?.code === 'wrongPassphrase'}
            aria-describedby={
              error ? 'restore-passphrase-hint restore-error' : 'restore-passphrase-hint'
            }
            onChange={(event) => setPassphrase(event.target.value)}
          />
          <p className="hint" id="restore-passphrase-hint">
            {t('continuity.restore.passphraseHint')}
          </p>
        </div>
        {error && <ErrorMessage error={error} id="restore-error" />}
        <div className="actions">
          <button type="submit" className="button button-primary" aria-disabled={busy}>
            {busy ? t('continuity.restore.working') : t('continuity.restore.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}

/** Plain words on what a restore does, shown beside the restore form. */
export function RestoreExplainer() {
  const { t } = useTranslation();
  return (
    <aside className="card explainer" aria-labelledby="restore-explainer-title">
      <h2 id="restore-explainer-title">{t('continuity.restore.explainTitle')}</h2>
      <ul>
        <li>{t('continuity.restore.explainCopy')}</li>
        <li>{t('continuity.restore.explainKeychain')}</li>
        <li className="emphasis">{t('continuity.restore.explainNewest')}</li>
      </ul>
    </aside>
  );
}
