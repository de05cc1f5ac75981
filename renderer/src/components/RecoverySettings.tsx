// Settings: test the recovery passphrase, change it (the old one required; the keychain key stays),
// and the automatic-lock minutes. Passphrases live only in these fields and are cleared after use.
import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE, type ChannelOutput, type IpcError } from '@core/ipc/contract';
import { currentLanguage } from '../i18n/setup';
import { formatInstant } from '../lib/dates';
import type { SettingsFocus } from '../lib/navigation';
import { estimateStrength } from '../lib/passphrase-strength';
import { ErrorMessage } from './ErrorMessage';
import { StrengthMeter } from './StrengthMeter';
import { askVault, useVaultMutation } from '../lib/vault-query';

export type SecuritySettings = ChannelOutput<'settings.get'>;

type RecoveryProps = Readonly<{
  settings: SecuritySettings | null;
  onSettings: (settings: SecuritySettings) => void;
  /** Put the caret in the test field (from the reminder) or the change form (after a shredding). */
  focus?: SettingsFocus;
}>;

/** The recovery passphrase section (inside the settings' first card): when it last worked, test, change. */
export function RecoverySettings({ settings, onSettings, focus }: RecoveryProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="recovery-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('continuity.security.recovery')}</h2>
      {settings && (
        <p className="hint" data-testid="recovery-tested">
          {settings.recoveryTestedAt
            ? t('continuity.security.lastTested', {
                date: formatInstant(settings.recoveryTestedAt, currentLanguage()),
              })
            : t('continuity.security.neverTested')}
        </p>
      )}
      <div className="recovery-forms">
        <TestRecoveryForm onTested={onSettings} focus={focus === 'recoveryTest'} />
        <ChangePassphraseForm onChanged={onSettings} focus={focus === 'passphraseChange'} />
      </div>
    </section>
  );
}

/** Brings `field` into view and gives it the caret once, when the screen opens with `focus`. */
function useFocusAfterMount(field: RefObject<HTMLInputElement | null>, focus: boolean) {
  useEffect(() => {
    if (!focus) return;
    // After the screen's own focus-on-mount (a parent effect, which runs after this one).
    const timer = setTimeout(() => {
      field.current?.scrollIntoView({ block: 'center' });
      field.current?.focus();
    }, 0);
    return () => clearTimeout(timer);
  }, [field, focus]);
}

function TestRecoveryForm({
  onTested,
  focus,
}: Readonly<{ onTested: (s: SecuritySettings) => void; focus: boolean }>) {
  const { t } = useTranslation();
  const verify = useVaultMutation('vault.verifyRecovery');
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [ok, setOk] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const field = useRef<HTMLInputElement>(null);

  useFocusAfterMount(field, focus);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!passphrase) return field.current?.focus();
    setBusy(true);
    setOk(false);
    setError(null);
    const result = await verify.mutateAsync({ passphrase });
    setBusy(false);
    if (result.ok) {
      setPassphrase('');
      setOk(true);
      return onTested(result.value);
    }
    setError(result.error);
    field.current?.focus();
    field.current?.select();
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('continuity.security.test.title')}</h3>
      <p className="lead">{t('continuity.security.test.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-passphrase`}>{t('continuity.security.test.passphrase')}</label>
        <input
          id={`${id}-passphrase`}
          ref={field}
          type="password"
          autoComplete="current-password"
          spellCheck={false}
          value={passphrase}
          readOnly={busy}
          aria-invalid={error?.code === 'wrongPassphrase'}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setPassphrase(event.target.value);
            setOk(false);
          }}
        />
      </div>
      {error && <ErrorMessage error={error} id={`${id}-error`} />}
      {ok && (
        <p className="message message-success" role="status">
          {t('continuity.security.test.ok')}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button-secondary" aria-disabled={busy}>
          {busy ? t('continuity.security.test.working') : t('continuity.security.test.submit')}
        </button>
      </div>
    </form>
  );
}

function ChangePassphraseForm({
  onChanged,
  focus,
}: Readonly<{ onChanged: (s: SecuritySettings) => void; focus: boolean }>) {
  const { t } = useTranslation();
  const changePassphrase = useVaultMutation('vault.changePassphrase');
  const id = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const currentField = useRef<HTMLInputElement>(null);
  const nextField = useRef<HTMLInputElement>(null);
  const confirmationField = useRef<HTMLInputElement>(null);
  useFocusAfterMount(currentField, focus);

  const estimate = estimateStrength(next);
  const tooShort = estimate.strength === 'tooShort';
  // The core refuses what the meter calls weak (isAcceptablePassphrase): say so here first.
  const tooWeak = estimate.strength === 'weak';
  const same = next.length > 0 && next === current;
  const mismatch = confirmation !== next;
  const showTooShort = attempted && (tooShort || tooWeak);
  const showMismatch = (attempted || confirmation.length >= next.length) && mismatch;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setAttempted(true);
    setDone(false);
    if (!current) return currentField.current?.focus();
    if (tooShort || tooWeak || same) return nextField.current?.focus();
    if (mismatch) return confirmationField.current?.focus();
    setBusy(true);
    setError(null);
    const result = await changePassphrase.mutateAsync({ current, next });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      const field = result.error.code === 'wrongPassphrase' ? currentField : nextField;
      field.current?.focus();
      return field.current?.select();
    }
    setCurrent('');
    setNext('');
    setConfirmation('');
    setAttempted(false);
    setDone(true);
    const settings = await askVault('settings.get', {}).catch(() => null);
    if (settings) onChanged(settings);
  };

  const nextHint = showTooShort
    ? tooWeak
      ? t('create.tooWeak')
      : t('create.tooShort', { min: MIN_PASSPHRASE, count: estimate.length })
    : same
      ? t('continuity.security.change.same')
      : t('create.hint', { min: MIN_PASSPHRASE });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('continuity.security.change.title')}</h3>
      <p className="lead">{t('continuity.security.change.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-current`}>{t('continuity.security.change.current')}</label>
        <input
          id={`${id}-current`}
          ref={currentField}
          type="password"
          autoComplete="current-password"
          spellCheck={false}
          value={current}
          readOnly={busy}
          aria-invalid={error?.code === 'wrongPassphrase' || (attempted && !current)}
          aria-describedby={error?.code === 'wrongPassphrase' ? `${id}-error` : undefined}
          onChange={(event) => setCurrent(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-next`}>{t('continuity.security.change.next')}</label>
        <input
          id={`${id}-next`}
          ref={nextField}
          type="password"
          autoComplete="new-password"
          spellCheck={false}
          value={next}
          readOnly={busy}
          aria-invalid={showTooShort || same}
          aria-describedby={`${id}-next-hint ${id}-strength`}
          onChange={(event) => setNext(event.target.value)}
        />
        <p className={showTooShort || same ? 'hint hint-error' : 'hint'} id={`${id}-next-hint`}>
          {nextHint}
        </p>
        <StrengthMeter strength={estimate.strength} id={`${id}-strength`} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-confirm`}>{t('continuity.security.change.confirm')}</label>
        <input
          id={`${id}-confirm`}
          ref={confirmationField}
          type="password"
          autoComplete="new-password"
          spellCheck={false}
          value={confirmation}
          readOnly={busy}
          aria-invalid={showMismatch}
          aria-describedby={showMismatch ? `${id}-confirm-error` : undefined}
          onChange={(event) => setConfirmation(event.target.value)}
        />
        {showMismatch && (
          <p className="hint hint-error" id={`${id}-confirm-error`}>
            {t('continuity.security.change.mismatch')}
          </p>
        )}
      </div>
      {error && <ErrorMessage error={error} id={`${id}-error`} />}
      {done && (
        <p className="message message-success" role="status">
          {t('continuity.security.change.done')}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          {busy ? t('continuity.security.change.working') : t('continuity.security.change.submit')}
        </button>
      </div>
    </form>
  );
}

type IdleProps = Readonly<{
  settings: SecuritySettings | null;
  onSettings: (settings: SecuritySettings) => void;
}>;

/** Minutes without use before the app locks itself (1–240); applies at the shell's next idle check. */
export function IdleLockSettings({ settings, onSettings }: IdleProps) {
  const { t } = useTranslation();
  const setIdleLock = useVaultMutation('settings.setIdleLock');
  const id = useId();
  // null until edited: the field shows the stored value, once it has loaded.
  const [edited, setMinutes] = useState<string | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [invalid, setInvalid] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const minutes = edited ?? (settings ? String(settings.idleLockMinutes) : '');

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const value = Number(minutes);
    if (!Number.isInteger(value) || value < 1 || value > 240) return setInvalid(true);
    setInvalid(false);
    const result = await setIdleLock.mutateAsync({ minutes: value });
    if (!result.ok) return setError(result.error);
    setError(null);
    setSaved(result.value.idleLockMinutes);
    onSettings(result.value);
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('continuity.security.idle.title')}</h2>
      <form onSubmit={(event) => void save(event)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-minutes`}>{t('continuity.security.idle.minutes')}</label>
          <div className="idle-lock-row">
            <input
              id={`${id}-minutes`}
              type="number"
              inputMode="numeric"
              min={1}
              max={240}
              step={1}
              value={minutes}
              aria-invalid={invalid}
              aria-describedby={`${id}-hint`}
              onChange={(event) => {
                setMinutes(event.target.value);
                setSaved(null);
              }}
            />
            <button type="submit" className="button button-secondary">
              {t('continuity.security.idle.save')}
            </button>
          </div>
          <p className={invalid ? 'hint hint-error' : 'hint'} id={`${id}-hint`}>
            {invalid ? t('continuity.security.idle.invalid') : t('continuity.security.idle.hint')}
          </p>
        </div>
        {error && <ErrorMessage error={error} />}
        {saved !== null && (
          <p className="message message-success" role="status">
            {t('continuity.security.idle.saved', { count: saved })}
          </p>
        )}
      </form>
    </section>
  );
}
