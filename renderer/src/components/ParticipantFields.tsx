// The person's own fields (names, national ID, e-mail, phone, address), used inside a .form-grid
// by both the new-participant screen and the edit dialog, so both check the same way.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NationalIdErrorCode } from '@core/domain/national-ids';
import type { ParticipantProblems, ParticipantValues } from '../lib/participant-form';
import { NationalIdField } from './NationalIdField';

type Props = Readonly<{
  values: ParticipantValues;
  onChange: (patch: Partial<ParticipantValues>) => void;
  problems: ParticipantProblems;
  /** After a submit attempt: mark every problem, not only the national ID's live checks. */
  tried: boolean;
  idBlurred: boolean;
  onIdBlur: () => void;
  serverIdErrors: readonly NationalIdErrorCode[];
  /** Replaces the national-ID field, e.g. the edit form's "keep the current ID" choice. */
  idSlot?: ReactNode;
}>;

export function ParticipantFields({
  values,
  onChange,
  problems,
  tried,
  idBlurred,
  onIdBlur,
  serverIdErrors,
  idSlot,
}: Props) {
  const { t } = useTranslation();
  const id = useId();
  const invalid = (key: keyof ParticipantProblems) => tried && problems[key];

  const text = (key: 'givenName' | 'familyName' | 'email', type: 'text' | 'email' = 'text') => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{t(`participant.${key}`)}</label>
      <input
        id={`${id}-${key}`}
        type={type}
        value={values[key]}
        maxLength={key === 'email' ? 254 : 200}
        autoComplete="off"
        aria-required="true"
        aria-invalid={invalid(key)}
        aria-describedby={invalid(key) ? `${id}-${key}-error` : undefined}
        onChange={(e) => onChange({ [key]: e.target.value })}
      />
      {invalid(key) && (
        <p className="hint hint-error" id={`${id}-${key}-error`}>
          {key === 'email' && values.email.trim()
            ? t('participant.emailInvalid')
            : t('common.required')}
        </p>
      )}
    </div>
  );

  return (
    <>
      {text('givenName')}
      {text('familyName')}
      {idSlot ?? (
        <NationalIdField
          country={values.country}
          value={values.nationalId}
          showAll={idBlurred || tried}
          onCountry={(country) => onChange({ country })}
          onValue={(nationalId) => onChange({ nationalId })}
          onBlur={onIdBlur}
          serverErrors={serverIdErrors}
        />
      )}
      {text('email', 'email')}
      <div className="field">
        <label htmlFor={`${id}-phone`}>
          {t('participant.phone')} <span className="optional">({t('common.optional')})</span>
        </label>
        <input
          id={`${id}-phone`}
          type="tel"
          value={values.phone}
          maxLength={50}
          autoComplete="off"
          onChange={(e) => onChange({ phone: e.target.value })}
        />
      </div>
      <div className="field form-wide">
        <label htmlFor={`${id}-address`}>
          {t('participant.address')} <span className="optional">({t('common.optional')})</span>
        </label>
        <textarea
          id={`${id}-address`}
          className="short"
          value={values.address}
          maxLength={500}
          rows={2}
          onChange={(e) => onChange({ address: e.target.value })}
        />
      </div>
    </>
  );
}
