// Settings: the recovery passphrase (test, change), automatic lock, the retention presets (rules as
// data), encrypted backups and the note templates.
import { useCallback, useId } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../components/ErrorMessage';
import {
  IdleLockSettings,
  RecoverySettings,
  type SecuritySettings,
} from '../components/RecoverySettings';
import { BackupSettings } from '../components/retention/BackupSettings';
import { IssuerSettings } from '../components/retention/IssuerSettings';
import { PresetEditor } from '../components/retention/PresetEditor';
import { TemplatesEditor } from '../components/TemplatesEditor';
import type { SettingsFocus } from '../lib/navigation';
import { useFocusOnMount } from '../lib/use-focus-on-mount';
import { useVaultQuery, vaultQueryKey } from '../lib/vault-query';

type Props = Readonly<{
  onPresetsChanged: () => void;
  /** The recovery-test reminder may have changed (a test, a change of passphrase). */
  onSecurityChanged: (settings: SecuritySettings) => void;
  /** Arrived from the reminder ("Test now") or from the offer after a shredding ("Change"). */
  focus?: SettingsFocus;
}>;

export function SettingsScreen({ onPresetsChanged, onSecurityChanged, focus }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const client = useQueryClient();
  // Shared with the workspace's reminder: an answer here is the reminder's answer too.
  const security = useVaultQuery('settings.get', {}).data ?? null;
  const asked = useVaultQuery('retention.presets.list', {});
  const presets = asked.data ?? null;
  const error = asked.error?.ipc ?? null;
  const showSecurity = useCallback(
    (settings: SecuritySettings) => {
      client.setQueryData(vaultQueryKey('settings.get', {}), settings);
      onSecurityChanged(settings);
    },
    [onSecurityChanged, client],
  );

  return (
    <div className="stack">
      <section className="card" aria-labelledby={`${id}-title`}>
        <div className="title-row">
          <h1 id={`${id}-title`} ref={heading} tabIndex={-1}>
            {t('retention.settings.title')}
          </h1>
        </div>
        <RecoverySettings settings={security} onSettings={showSecurity} focus={focus} />
      </section>
      <IdleLockSettings settings={security} onSettings={showSecurity} />
      <IssuerSettings />
      <section className="card" aria-labelledby={`${id}-presets`}>
        <h2 id={`${id}-presets`}>{t('retention.settings.presets')}</h2>
        <p>{t('retention.settings.presetsIntro')}</p>
        {error && <ErrorMessage error={error} />}
        {presets?.map((preset) => (
          <PresetEditor
            key={preset.id}
            preset={preset}
            presets={presets}
            // The list and what is due today follow through the table (stale-after.ts).
            onSaved={onPresetsChanged}
          />
        ))}
      </section>
      <section className="card" aria-labelledby={`${id}-backups`}>
        <h2 id={`${id}-backups`}>{t('retention.settings.backups')}</h2>
        <BackupSettings />
      </section>
      <section className="card" aria-labelledby={`${id}-templates`}>
        <h2 id={`${id}-templates`}>{t('templates.title')}</h2>
        <p>{t('templates.intro')}</p>
        <TemplatesEditor />
      </section>
    </div>
  );
}
