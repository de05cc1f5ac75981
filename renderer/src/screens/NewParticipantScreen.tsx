// Add a participant and enrol them in one programme: names, a live-checked national ID, a required e-mail.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, IpcError } from '../../../main/ipc/contract';
import { ErrorMessage } from '../components/ErrorMessage';
import { checkNationalId, NationalIdField, type IdCountry } from '../components/NationalIdField';
import { todayIso } from '../lib/dates';
import { knownErrors, knownWarnings } from '../lib/national-id-codes';
import type { Navigate } from '../lib/navigation';
import { useFocusOnMount } from '../lib/use-focus-on-mount';

// Deliberately loose: one @, something either side, a dot in the domain. The vault checks strictly.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Props = Readonly<{ programmeId: number | null; navigate: Navigate }>;

export function NewParticipantScreen({ programmeId, navigate }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [programmes, setProgrammes] = useState<ChannelOutput<'programmes.list'>>([]);
  const [programme, setProgramme] = useState<number | null>(programmeId);
  const [givenName, setGivenName] = useState('');
  const [familyName, setFamilyName] = useState('');
  const [country, setCountry] = useState<IdCountry>('DK');
  const [nationalId, setNationalId] = useState('');
  const [idBlurred, setIdBlurred] = useState(false);
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [address, setAddress] = useState('');
  const [enrolledOn, setEnrolledOn] = useState(todayIso());
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    void window.vault['programmes.list']({ status: 'active' }).then((r) => {
      if (!r.ok) return;
      setProgrammes(r.value);
      const chosen = r.value.find((p) => p.id === programmeId) ?? r.value[0];
      if (chosen) {
        setProgramme(chosen.id);
        setCountry(chosen.country);
      }
    });
  }, [programmeId]);

  const idResult = checkNationalId(country, nationalId);
  const problems = {
    givenName: !givenName.trim(),
    familyName: !familyName.trim(),
    email: !EMAIL.test(email.trim()),
    programme: programme === null,
    enrolledOn: !enrolledOn,
    nationalId: country !== 'none' && (idResult === null || !idResult.valid),
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setIdBlurred(true);
    if (busy || programme === null) return;
    if (Object.values(problems).some(Boolean)) {
      // Focus the first field that needs attention, after React marks it invalid.
      requestAnimationFrame(() =>
        form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setBusy(true);
    const result = await window.vault['participants.create']({
      givenName: givenName.trim(),
      familyName: familyName.trim(),
      nationalId: country === 'none' ? { country } : { country, value: nationalId.trim() },
      email: email.trim(),
      phone: phone.trim() || null,
      address: address.trim() || null,
      programmeId: programme,
      enrolledOn,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    navigate({
      kind: 'participant',
      id: result.value.participant.id,
      warnings: knownWarnings(result.value.warnings),
    });
  };

  const invalid = (key: keyof typeof problems) => tried && problems[key];
  const serverIdErrors =
    error?.code === 'invalidNationalId' ? knownErrors(error.details ?? []) : [];

  if (programmes.length === 0 && programme === null) {
    return (
      <section className="card narrow" aria-labelledby={`${id}-title`}>
        <h1 id={`${id}-title`} ref={heading} tabIndex={-1}>
          {t('participant.newTitle')}
        </h1>
        <p>{t('participant.needProgramme')}</p>
        <button
          type="button"
          className="button button-primary"
          onClick={() => navigate({ kind: 'programmes' })}
        >
          {t('programmes.new')}
        </button>
      </section>
    );
  }

  const text = (
    key: 'givenName' | 'familyName' | 'email',
    value: string,
    set: (v: string) => void,
    type: 'text' | 'email' = 'text',
  ) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{t(`participant.${key}`)}</label>
      <input
        id={`${id}-${key}`}
        type={type}
        value={value}
        maxLength={key === 'email' ? 254 : 200}
        autoComplete="off"
        aria-required="true"
        aria-invalid={invalid(key)}
        aria-describedby={invalid(key) ? `${id}-${key}-error` : undefined}
        onChange={(e) => set(e.target.value)}
      />
      {invalid(key) && (
        <p className="hint hint-error" id={`${id}-${key}-error`}>
          {key === 'email' && value.trim() ? t('participant.emailInvalid') : t('common.required')}
        </p>
      )}
    </div>
  );

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <div className="title-row">
        <h1 id={`${id}-title`} ref={heading} tabIndex={-1}>
          {t('participant.newTitle')}
        </h1>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => navigate({ kind: 'caseload' })}
        >
          {t('common.cancel')}
        </button>
      </div>
      <form ref={form} className="form-grid" onSubmit={(e) => void submit(e)} noValidate>
        {text('givenName', givenName, setGivenName)}
        {text('familyName', familyName, setFamilyName)}
        <NationalIdField
          country={country}
          value={nationalId}
          showAll={idBlurred || tried}
          onCountry={setCountry}
          onValue={(v) => {
            setNationalId(v);
            if (error?.code === 'invalidNationalId') setError(null);
          }}
          onBlur={() => setIdBlurred(true)}
          serverErrors={serverIdErrors}
        />
        {text('email', email, setEmail, 'email')}
        <div className="field">
          <label htmlFor={`${id}-phone`}>
            {t('participant.phone')} <span className="optional">({t('common.optional')})</span>
          </label>
          <input
            id={`${id}-phone`}
            type="tel"
            value={phone}
            maxLength={50}
            autoComplete="off"
            onChange={(e) => setPhone(e.target.value)}
          />
        </div>
        <div className="field form-wide">
          <label htmlFor={`${id}-address`}>
            {t('participant.address')} <span className="optional">({t('common.optional')})</span>
          </label>
          <textarea
            id={`${id}-address`}
            className="short"
            value={address}
            maxLength={500}
            rows={2}
            onChange={(e) => setAddress(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-programme`}>{t('participant.programme')}</label>
          <select
            id={`${id}-programme`}
            value={programme ?? ''}
            aria-invalid={invalid('programme')}
            onChange={(e) => {
              const chosen = programmes.find((p) => p.id === Number(e.target.value));
              setProgramme(chosen?.id ?? null);
              if (chosen && !nationalId) setCountry(chosen.country);
            }}
          >
            {programme === null && <option value="">{t('participant.chooseProgramme')}</option>}
            {programmes.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-enrolled`}>{t('participant.enrolledOn')}</label>
          <input
            id={`${id}-enrolled`}
            type="date"
            value={enrolledOn}
            aria-invalid={invalid('enrolledOn')}
            onChange={(e) => setEnrolledOn(e.target.value)}
          />
        </div>
        {error && error.code !== 'invalidNationalId' && <ErrorMessage error={error} />}
        {tried && Object.values(problems).some(Boolean) && (
          <p className="message message-error form-wide" role="alert">
            {t('participant.fixErrors')}
          </p>
        )}
        <div className="actions form-wide">
          <button type="submit" className="button button-primary" aria-disabled={busy}>
            {busy ? t('participant.creating') : t('participant.create')}
          </button>
        </div>
      </form>
    </section>
  );
}
