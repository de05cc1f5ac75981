// First run: choose between creating a new vault and restoring one from a backup, then the form for it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateVaultForm } from '../components/CreateVaultForm';
import { RecoveryExplainer } from '../components/RecoveryExplainer';
import { RestoreExplainer, RestoreForm } from '../components/RestoreForm';
import type { Reapplied } from '../components/ShreddingsReappliedNotice';

type Keychain = 'stored' | 'unavailable';
type Start = 'create' | 'restore';

type Props = Readonly<{
  onCreated: (keychain: Keychain) => void;
  onRestored: (keychain: Keychain, reapplied: Reapplied) => void;
}>;

export function CreateVaultScreen({ onCreated, onRestored }: Props) {
  const { t } = useTranslation();
  const [start, setStart] = useState<Start>('create');
  const options: readonly { value: Start; hint: string; label: string }[] = [
    {
      value: 'create',
      label: t('continuity.firstRun.create'),
      hint: t('continuity.firstRun.createHint'),
    },
    {
      value: 'restore',
      label: t('continuity.firstRun.restore'),
      hint: t('continuity.firstRun.restoreHint'),
    },
  ];
  return (
    <div className="split">
      <section className="card" aria-labelledby="first-run-title">
        <h1 id="first-run-title">{t('continuity.firstRun.title')}</h1>
        <p className="lead">{t('continuity.firstRun.intro')}</p>
        <fieldset className="start-choice">
          <legend>{t('continuity.firstRun.choice')}</legend>
          {options.map((option) => (
            <label
              key={option.value}
              className="start-option"
              data-checked={start === option.value || undefined}
            >
              <input
                type="radio"
                name="start"
                value={option.value}
                checked={start === option.value}
                autoFocus={option.value === 'create'}
                aria-describedby={`start-${option.value}-hint`}
                onChange={() => setStart(option.value)}
              />
              <span>
                <span className="start-option-label">{option.label}</span>
                <span className="hint" id={`start-${option.value}-hint`}>
                  {option.hint}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        {start === 'create' ? (
          <CreateVaultForm onCreated={onCreated} />
        ) : (
          <RestoreForm onRestored={onRestored} />
        )}
      </section>
      {start === 'create' ? <RecoveryExplainer /> : <RestoreExplainer />}
    </div>
  );
}
