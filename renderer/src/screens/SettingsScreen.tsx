// Settings: the retention presets (rules as data), encrypted backups and the note templates.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../main/ipc/contract';
import { ErrorMessage } from '../components/ErrorMessage';
import { BackupSettings } from '../components/retention/BackupSettings';
import { PresetEditor } from '../components/retention/PresetEditor';
import { TemplatesEditor } from '../components/TemplatesEditor';
import type { Preset } from '../lib/retention-words';
import { useFocusOnMount } from '../lib/use-focus-on-mount';

type Props = Readonly<{ onPresetsChanged: () => void }>;

export function SettingsScreen({ onPresetsChanged }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [presets, setPresets] = useState<readonly Preset[] | null>(null);
  const [error, setError] = useState<IpcError | null>(null);

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
        <h2>{t('retention.settings.presets')}</h2>
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
