// The backup folder (picked in the OS folder dialog in the main process; the page never sends a
// path), how many daily copies to keep, "back up now", and the copies there with their age.
import { useId, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, IpcError } from '@core/ipc/contract';
import { localeFor } from '../../i18n/language';
import { currentLanguage, systemLanguageTags } from '../../i18n/setup';
import { formatBytes, formatInstant } from '../../lib/dates';
import { useVaultMutation, useVaultQuery, vaultQueryKey } from '../../lib/vault-query';
import { ErrorMessage } from '../ErrorMessage';
import { UserText } from '../UserText';

type Status = ChannelOutput<'backups.status'>;
type FolderOutcome = ChannelOutput<'backups.chooseFolder'>['outcome'];

/** "3 days ago" in the reader's language. */
function age(iso: string, now: Date, locale: string): string {
  const minutes = Math.round((new Date(iso).getTime() - now.getTime()) / 60_000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
  if (Math.abs(minutes) < 60 * 24) return format.format(Math.round(minutes / 60), 'hour');
  return format.format(Math.round(minutes / 60 / 24), 'day');
}

export function BackupSettings() {
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  // Fetched again after each change here (stale-after.ts); a change's own answer shows at once.
  const client = useQueryClient();
  const asked = useVaultQuery('backups.status', {});
  const configure = useVaultMutation('backups.configure');
  const pickFolder = useVaultMutation('backups.chooseFolder');
  const run = useVaultMutation('backups.run');
  const status: Status | null = asked.data ?? null;
  const [choice, setChoice] = useState<FolderOutcome | null>(null);
  // What the consultant typed, until saved; the stored number otherwise.
  const [typed, setGenerations] = useState<number | null>(null);
  const generations = typed ?? status?.generations ?? 7;
  const [failed, setError] = useState<IpcError | null>(null);
  const error = failed ?? asked.error?.ipc ?? null;
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  const show = (s: Status) => {
    client.setQueryData(vaultQueryKey('backups.status', {}), s);
    setGenerations(null);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = await configure.mutateAsync({
      generations: Math.min(60, Math.max(1, Math.round(generations) || 1)),
    });
    if (!result.ok) return setError(result.error);
    setError(null);
    setSaved(true);
    show(result.value);
  };

  const chooseFolder = async () => {
    setSaved(false);
    setChoice(null);
    const result = await pickFolder.mutateAsync({});
    if (!result.ok) return setError(result.error);
    setError(null);
    setChoice(result.value.outcome);
    show(result.value.status);
  };

  const backUpNow = async () => {
    setBusy(true);
    const result = await run.mutateAsync({});
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
  };

  const now = new Date();
  const locale = localeFor(language, systemLanguageTags());
  return (
    <div className="backup-settings">
      <p>{t('retention.settings.backupsIntro')}</p>
      <form className="form-grid" onSubmit={(e) => void save(e)} noValidate>
        <div className="field form-wide">
          <span className="label" id={`${id}-folder`}>
            {t('retention.settings.folder')}
          </span>
          <p aria-labelledby={`${id}-folder`} data-backup-folder>
            {status?.folder ? <UserText text={status.folder} /> : t('retention.settings.noFolder')}
          </p>
          <button
            type="button"
            className="button button-secondary"
            aria-describedby={`${id}-folder-hint`}
            onClick={() => void chooseFolder()}
          >
            {t('retention.settings.chooseFolder')}
          </button>
          <p className="hint" id={`${id}-folder-hint`}>
            {t('retention.settings.folderHint')}
          </p>
          {choice && (
            <p
              className={`message ${choice === 'chosen' ? 'message-success' : choice === 'cancelled' ? 'hint' : 'message-error'}`}
              role="status"
            >
              {t(`retention.settings.folderOutcome.${choice}`)}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-generations`}>{t('retention.settings.generations')}</label>
          <input
            id={`${id}-generations`}
            type="number"
            min={1}
            max={60}
            value={generations}
            onChange={(e) => setGenerations(Number(e.target.value))}
          />
        </div>
        <div className="actions form-wide">
          <button type="submit" className="button button-primary">
            {t('retention.settings.saveBackups')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={busy}
            onClick={() => !busy && void backUpNow()}
          >
            {busy ? t('retention.settings.backingUp') : t('retention.settings.backupNow')}
          </button>
        </div>
      </form>
      {error && <ErrorMessage error={error} />}
      {saved && (
        <p className="message message-success" role="status">
          {t('retention.settings.saved')}
        </p>
      )}
      {status?.folder && status.backups.length === 0 && (
        <p className="empty">{t('retention.settings.noBackups')}</p>
      )}
      {status && status.backups.length > 0 && (
        <table className="table backups-table">
          <caption className="visually-hidden">{t('retention.settings.backupList')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('retention.settings.backupName')}</th>
              <th scope="col">{t('retention.settings.takenAt')}</th>
              <th scope="col">{t('retention.settings.age')}</th>
              <th scope="col">{t('retention.settings.size')}</th>
            </tr>
          </thead>
          <tbody>
            {status.backups.map((b) => (
              <tr key={b.name}>
                <th scope="row">
                  <UserText text={b.name} />
                </th>
                <td>{formatInstant(b.takenAt, language)}</td>
                <td>{age(b.takenAt, now, locale)}</td>
                <td>{formatBytes(b.sizeBytes, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
