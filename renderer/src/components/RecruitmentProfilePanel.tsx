// The recruitment profile on a participant's page (seeds/004): what the person told the consultant
// in a CV or an interview, with a small photo. Shown for people in a Norwegian programme; for
// others it waits behind one button. Read as a short summary; edited in a form checked by the
// profile.save channel's own schema.
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { contract, type ChannelOutput, type IpcError } from '@core/ipc/contract';
import {
  GENDERS,
  MARITAL_STATUSES,
  MAX_PHOTO_BYTES,
  PHOTO_TYPES,
  PROFILE_LISTS,
  SALARY_CURRENCIES,
  SALARY_PERIODS,
  type PhotoMimeType as PhotoType,
} from '@core/ipc/schemas/profile';
import { currentLanguage } from '../i18n/setup';
import { bytesToBase64 } from '../lib/base64';
import { formatDay } from '../lib/dates';
import { contractResolver, fieldErrorKey } from '../lib/form-errors';
import { useReadOnly } from '../lib/read-only';
import { useVaultMutation, useVaultQuery, vaultQueryKey } from '../lib/vault-query';
import { ConfirmDialog } from './ConfirmDialog';
import { DateInput } from './DateInput';
import { ErrorMessage } from './ErrorMessage';
import { UserText } from './UserText';
import '../styles/profile.css';

type Profile = ChannelOutput<'profile.get'>;
type Props = Readonly<{ participantId: number; programmeIds: readonly number[] }>;

const saveSchema = contract['profile.save'].input.omit({ participantId: true });
type Save = z.input<typeof saveSchema>;

const text = z.string();
/** The form as typed: lists one entry a line, the amount as written ("650 000"). */
const formSchema = z
  .object({
    dateOfBirth: text,
    maritalStatus: text,
    gender: text,
    nationality: text,
    workExperience: text,
    references: text,
    qualifications: text,
    certificates: text,
    languages: text,
    evaluations: text,
    availableFrom: text,
    availability: text,
    salary: z.object({ amount: text, currency: text, period: text }),
  })
  .transform((v): Save => ({
    dateOfBirth: orNull(v.dateOfBirth),
    maritalStatus: orNull(v.maritalStatus) as Save['maritalStatus'],
    gender: orNull(v.gender) as Save['gender'],
    nationality: orNull(v.nationality),
    workExperience: lines(v.workExperience),
    references: lines(v.references),
    qualifications: lines(v.qualifications),
    certificates: lines(v.certificates),
    languages: lines(v.languages),
    evaluations: lines(v.evaluations),
    availableFrom: orNull(v.availableFrom),
    availability: orNull(v.availability),
    salary:
      v.salary.amount.trim() === ''
        ? null
        : {
            // Spaces and dots group thousands as Danes and Norwegians write them.
            amount: Number(v.salary.amount.replace(/[\s.\u00a0\u202f]/g, '')),
            currency: v.salary.currency as 'NOK' | 'DKK',
            period: v.salary.period as 'month' | 'year',
          },
  }))
  .pipe(saveSchema);
type Values = z.input<typeof formSchema>;
const resolver = contractResolver(formSchema);

function orNull(value: string): string | null {
  return value.trim() === '' ? null : value.trim();
}

function lines(value: string): string[] {
  return value
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

function toValues(p: Profile, norwegian: boolean): Values {
  return {
    dateOfBirth: p.dateOfBirth ?? '',
    maritalStatus: p.maritalStatus ?? '',
    gender: p.gender ?? '',
    nationality: p.nationality ?? '',
    workExperience: p.workExperience.join('\n'),
    references: p.references.join('\n'),
    qualifications: p.qualifications.join('\n'),
    certificates: p.certificates.join('\n'),
    languages: p.languages.join('\n'),
    evaluations: p.evaluations.join('\n'),
    availableFrom: p.availableFrom ?? '',
    availability: p.availability ?? '',
    salary: {
      amount: p.salary ? String(p.salary.amount) : '',
      currency: p.salary?.currency ?? (norwegian ? 'NOK' : 'DKK'),
      // Norwegian recruiters speak of annual pay, Danish of monthly.
      period: p.salary?.period ?? (norwegian ? 'year' : 'month'),
    },
  };
}

export function RecruitmentProfilePanel({ participantId, programmeIds }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  const { readOnly, because } = useReadOnly();
  const client = useQueryClient();
  // The profile is a cached read: saving it, or a photo, marks it stale (stale-after.ts).
  const asked = useVaultQuery('profile.get', { participantId });
  const profile = asked.data ?? null;
  const profileKey = vaultQueryKey('profile.get', { participantId });
  const setProfile = (change: (p: Profile) => Profile) =>
    client.setQueryData<Profile>(profileKey, (p) => p && change(p));
  const saveProfile = useVaultMutation('profile.save');
  const setProfilePhoto = useVaultMutation('profile.setPhoto');
  const deleteProfilePhoto = useVaultMutation('profile.deletePhoto');
  const programmes = useVaultQuery('programmes.list', {}).data;
  const [opened, setOpened] = useState(false);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [photo, setPhoto] = useState<{ hash: string; url: string } | null>(null);
  const [photoProblem, setPhotoProblem] = useState<'wrongType' | 'tooLarge' | null>(null);
  const [deletingPhoto, setDeletingPhoto] = useState(false);
  const [failed, setError] = useState<IpcError | null>(null);
  const error = failed ?? asked.error?.ipc ?? null;
  const programmeKey = programmeIds.join(',');
  const norwegian = useMemo(() => {
    const ids = new Set(programmeKey.split(',').map(Number));
    return programmes?.some((p) => ids.has(p.id) && p.country === 'NO') ?? false;
  }, [programmes, programmeKey]);

  const photoHash = profile?.photo?.sha256 ?? null;
  useEffect(() => {
    let live = true;
    if (!photoHash) return;
    void window.vault['profile.photo']({ participantId }).then((r) => {
      if (live && r.ok)
        setPhoto({
          hash: photoHash,
          url: `data:${r.value.mimeType};base64,${r.value.contentBase64}`,
        });
    });
    return () => {
      live = false;
    };
  }, [participantId, photoHash]);
  // Only the image of the photo the profile names now: a deleted or replaced one is never shown.
  const photoUrl = photo && photo.hash === photoHash ? photo.url : null;

  const { register, handleSubmit, control, reset, formState } = useForm<
    Values,
    unknown,
    z.output<typeof formSchema>
  >({ resolver });
  const { errors } = formState;
  const errorText = (field: keyof Values & string) => {
    const key = fieldErrorKey(errors, field);
    if (!key) return undefined;
    return field === 'salary' ? t('profile.errors.salary') : t(key);
  };

  const startEditing = (p: Profile) => {
    reset(toValues(p, norwegian));
    setSaved(false);
    setEditing(true);
  };

  const save = handleSubmit(async (values) => {
    const result = await saveProfile.mutateAsync({ participantId, ...values });
    if (!result.ok) return setError(result.error);
    setError(null);
    setProfile(() => result.value);
    setEditing(false);
    setSaved(true);
  });

  const pickPhoto = async (file: File) => {
    setSaved(false);
    const type = (PHOTO_TYPES as readonly string[]).includes(file.type)
      ? (file.type as PhotoType)
      : null;
    if (!type) return setPhotoProblem('wrongType');
    if (file.size > MAX_PHOTO_BYTES) return setPhotoProblem('tooLarge');
    setPhotoProblem(null);
    const result = await setProfilePhoto.mutateAsync({
      participantId,
      mimeType: type,
      contentBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())),
    });
    if (!result.ok) return setError(result.error);
    setError(null);
    setProfile((p) => ({ ...p, photo: result.value }));
  };

  const deletePhoto = async () => {
    setDeletingPhoto(false);
    const result = await deleteProfilePhoto.mutateAsync({ participantId });
    if (!result.ok) return setError(result.error);
    setProfile((p) => ({ ...p, photo: null }));
  };

  if (!profile) return error ? <ErrorMessage error={error} /> : null;
  const recorded = profile.updatedAt !== null || profile.photo !== null;
  const titleId = `${id}-title`;

  // Not a Norwegian programme and nothing recorded: one button, so the page stays short.
  if (!norwegian && !recorded && !opened)
    return (
      <section className="card profile-card profile-card-folded" aria-label={t('profile.title')}>
        <button
          type="button"
          className="button button-secondary"
          aria-expanded={false}
          onClick={() => setOpened(true)}
        >
          {t('profile.add')}
        </button>
      </section>
    );

  const salary = profile.salary;
  const facts: [string, string][] = [
    [
      t('profile.fields.dateOfBirth'),
      profile.dateOfBirth && formatDay(profile.dateOfBirth, language),
    ],
    [
      t('profile.fields.maritalStatus'),
      profile.maritalStatus && t(`profile.maritalStatuses.${profile.maritalStatus}`),
    ],
    [t('profile.fields.gender'), profile.gender && t(`profile.genders.${profile.gender}`)],
    [t('profile.fields.nationality'), profile.nationality],
    ...PROFILE_LISTS.map((l): [string, string] => [
      t(`profile.fields.${l}`),
      profile[l].join(', '),
    ]),
    [
      t('profile.fields.availableFrom'),
      profile.availableFrom && formatDay(profile.availableFrom, language),
    ],
    [t('profile.fields.availability'), profile.availability],
    [
      t('profile.fields.salary'),
      salary &&
        t('profile.salaryShown', {
          amount: new Intl.NumberFormat(language).format(salary.amount),
          currency: salary.currency,
          period: t(`profile.periods.${salary.period}`),
        }),
    ],
  ].filter((f): f is [string, string] => Boolean(f[1]));

  return (
    <section className="card profile-card" aria-labelledby={titleId}>
      <div className="title-row">
        <h2 id={titleId}>{t('profile.title')}</h2>
        {!editing && (
          <button
            type="button"
            className="button button-secondary"
            disabled={readOnly}
            aria-describedby={because}
            onClick={() => startEditing(profile)}
          >
            {t('profile.edit')}
          </button>
        )}
      </div>
      <div className="profile-summary">
        {photoUrl && <img className="profile-photo" src={photoUrl} alt={t('profile.photo.alt')} />}
        {facts.length === 0 ? (
          <p className="empty">{t('profile.empty')}</p>
        ) : (
          <dl className="profile-facts">
            {facts.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>
                  <UserText text={value} />
                </dd>
              </div>
            ))}
          </dl>
        )}
      </div>
      <div className="profile-photo-actions">
        <label className={`button button-quiet file-pick${readOnly ? ' file-pick-off' : ''}`}>
          {profile.photo ? t('profile.photo.replace') : t('profile.photo.add')}
          <input
            type="file"
            className="visually-hidden"
            accept={PHOTO_TYPES.join(',')}
            disabled={readOnly}
            aria-describedby={`${id}-photo-hint ${because ?? ''}`.trim()}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void pickPhoto(file);
            }}
          />
        </label>
        {profile.photo && (
          <button
            type="button"
            className="button button-quiet"
            disabled={readOnly}
            aria-describedby={because}
            onClick={() => setDeletingPhoto(true)}
          >
            {t('profile.photo.delete')}
          </button>
        )}
        <span className="hint" id={`${id}-photo-hint`}>
          {t('profile.photo.hint')}
        </span>
      </div>
      {photoProblem && (
        <p className="message message-error" role="alert">
          {t(`profile.photo.${photoProblem}`)}
        </p>
      )}
      {error && <ErrorMessage error={error} />}
      <p className="hint hint-ok status-line" role="status">
        {saved ? t('profile.saved') : ''}
      </p>
      {editing && (
        <form className="form profile-form" noValidate onSubmit={(e) => void save(e)}>
          <p className="hint">{t('profile.hint')}</p>
          <fieldset>
            <legend>{t('profile.groups.personal')}</legend>
            <Controller
              control={control}
              name="dateOfBirth"
              render={({ field }) => (
                <DateInput
                  label={t('profile.fields.dateOfBirth')}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={errorText('dateOfBirth')}
                />
              )}
            />
            <div className="field">
              <label htmlFor={`${id}-marital`}>{t('profile.fields.maritalStatus')}</label>
              <select id={`${id}-marital`} {...register('maritalStatus')}>
                <option value="">{t('profile.notStated')}</option>
                {MARITAL_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`profile.maritalStatuses.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-gender`}>{t('profile.fields.gender')}</label>
              <select id={`${id}-gender`} {...register('gender')}>
                <option value="">{t('profile.notStated')}</option>
                {GENDERS.map((g) => (
                  <option key={g} value={g}>
                    {t(`profile.genders.${g}`)}
                  </option>
                ))}
              </select>
            </div>
            <TextField
              id={`${id}-nationality`}
              label={t('profile.fields.nationality')}
              error={errorText('nationality')}
            >
              {(props) => <input {...props} {...register('nationality')} />}
            </TextField>
          </fieldset>
          <fieldset>
            <legend>{t('profile.groups.competence')}</legend>
            {(
              [
                'workExperience',
                'references',
                'qualifications',
                'certificates',
                'languages',
              ] as const
            ).map((list) => (
              <TextField
                key={list}
                id={`${id}-${list}`}
                label={t(`profile.fields.${list}`)}
                hint={t('profile.listHint')}
                error={errorText(list)}
              >
                {(props) => (
                  <textarea
                    rows={list === 'workExperience' ? 3 : 2}
                    {...props}
                    {...register(list)}
                  />
                )}
              </TextField>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('profile.groups.terms')}</legend>
            <Controller
              control={control}
              name="availableFrom"
              render={({ field }) => (
                <DateInput
                  label={t('profile.fields.availableFrom')}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={errorText('availableFrom')}
                />
              )}
            />
            <TextField
              id={`${id}-availability`}
              label={t('profile.fields.availability')}
              error={errorText('availability')}
            >
              {(props) => <input {...props} {...register('availability')} />}
            </TextField>
            <fieldset
              className="profile-salary"
              aria-describedby={errorText('salary') ? `${id}-salary-error` : undefined}
            >
              <legend>{t('profile.fields.salary')}</legend>
              <div className="field">
                <label htmlFor={`${id}-amount`}>{t('profile.fields.salaryAmount')}</label>
                <input
                  id={`${id}-amount`}
                  inputMode="numeric"
                  aria-invalid={errorText('salary') ? true : undefined}
                  {...register('salary.amount')}
                />
              </div>
              <div className="field">
                <label htmlFor={`${id}-currency`}>{t('profile.fields.salaryCurrency')}</label>
                <select id={`${id}-currency`} {...register('salary.currency')}>
                  {SALARY_CURRENCIES.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${id}-period`}>{t('profile.fields.salaryPeriod')}</label>
                <select id={`${id}-period`} {...register('salary.period')}>
                  {SALARY_PERIODS.map((p) => (
                    <option key={p} value={p}>
                      {t(`profile.periods.${p}`)}
                    </option>
                  ))}
                </select>
              </div>
              {errorText('salary') && (
                <p className="hint hint-error" id={`${id}-salary-error`}>
                  {errorText('salary')}
                </p>
              )}
            </fieldset>
          </fieldset>
          <fieldset>
            <legend>{t('profile.groups.evaluations')}</legend>
            <TextField
              id={`${id}-evaluations`}
              label={t('profile.fields.evaluations')}
              hint={t('profile.listHint')}
              error={errorText('evaluations')}
            >
              {(props) => <textarea rows={2} {...props} {...register('evaluations')} />}
            </TextField>
          </fieldset>
          <div className="actions">
            <button
              type="submit"
              className="button button-primary"
              disabled={formState.isSubmitting}
            >
              {t('profile.save')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setEditing(false)}
            >
              {t('profile.cancel')}
            </button>
          </div>
        </form>
      )}
      {deletingPhoto && (
        <ConfirmDialog
          title={t('profile.photo.delete')}
          confirmLabel={t('profile.photo.delete')}
          onConfirm={() => void deletePhoto()}
          onCancel={() => setDeletingPhoto(false)}
        >
          <p>{t('profile.photo.confirmDelete')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

type FieldProps = Readonly<{
  id: string;
  label: string;
  hint?: string;
  error: string | undefined;
  children: (props: {
    id: string;
    'aria-invalid'?: true;
    'aria-describedby'?: string;
  }) => ReactNode;
}>;

/** A labelled input or textarea with its hint and error joined by aria-describedby. */
function TextField({ id, label, hint, error, children }: FieldProps) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        ...(error ? { 'aria-invalid': true as const } : {}),
        ...(described ? { 'aria-describedby': described } : {}),
      })}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="hint hint-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
