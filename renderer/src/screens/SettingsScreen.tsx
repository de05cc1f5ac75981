// Settings: the recovery passphrase (test, change), automatic lock, the retention presets (rules as
// data), encrypted backups and the note templates.
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@core/ipc/contract';
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
import type { Preset } from '../lib/retention-words';
import { useFocusOnMount } from '../lib/use-focus-on-mount';

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
  const [presets, setPresets] = useState<readonly Preset[] | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [security, setSecurity] = useState<SecuritySettings | null>(null);
  const showSecurity = useCallback(
    (settings: SecuritySettings) => {
      setSecurity(settings);
      onSecurityChanged(settings);
    },
    [onSecurityChanged],
  );

  useEffect(() => {
    void window.vault['settings.get']({}).then((r) => (r.ok ? setSecurity(r.value) : undefined));
  }, []);

  useEffect(() => {
    void window.vault['retention.presets.list']({}).then((r) =>
      r.ok ? setPresets(r.value) : setError(r.error),
    );
  }, []);

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
            onSaved={(saved) => {
              setPresets((all) => all?.map((p) => (p.id === saved.id ? saved : p)) ?? null);
              // A changed rule can change what is due today.
              onPresetsChanged();
            }}
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
