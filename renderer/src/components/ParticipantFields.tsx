// The person's own fields (names, national ID, e-mail, phone, address), used inside a .form-grid
// by both the new-participant screen and the edit dialog, so both check the same way.
import { useId, type ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { NationalIdErrorCode } from '@core/domain/national-ids';
import type { IdCountry } from '@core/domain/vocabulary';
import type { FormErrorKey } from '../lib/form-errors';
import { NationalIdField } from './NationalIdField';

type TextField = 'givenName' | 'familyName' | 'email' | 'phone' | 'address';
type CheckedField = TextField;

type Props = Readonly<{
  /** The form's register for each text field (react-hook-form). */
  register: (field: TextField) => UseFormRegisterReturn;
  /** Each field's error, from the contract's schema (null or absent: none). */
  errors: Readonly<Partial<Record<CheckedField, FormErrorKey | null>>>;
  country: IdCountry;
  nationalId: string;
  onCountry: (country: IdCountry) => void;
  onNationalId: (value: string) => void;
  /** After a blur or a submit attempt: show every national-ID error, not only the final ones. */
  showAllIdErrors: boolean;
  onIdBlur: () => void;
  serverIdErrors: readonly NationalIdErrorCode[];
  /** Replaces the national-ID field, e.g. the edit form's "keep the current ID" choice. */
  idSlot?: ReactNode;
}>;

export function ParticipantFields({
  register,
  errors,
  country,
  nationalId,
  onCountry,
  onNationalId,
  showAllIdErrors,
  onIdBlur,
  serverIdErrors,
  idSlot,
}: Props) {
  const { t } = useTranslation();
  const id = useId();

  const errorText = (key: CheckedField) => {
    const error = errors[key];
    return error ? (
      <p className="hint hint-error" id={`${id}-${key}-error`}>
        {t(error)}
      </p>
    ) : null;
  };
  const invalidProps = (key: CheckedField) => ({
    'aria-invalid': Boolean(errors[key]),
    'aria-describedby': errors[key] ? `${id}-${key}-error` : undefined,
  });

  const text = (key: 'givenName' | 'familyName' | 'email', type: 'text' | 'email' = 'text') => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{t(`participant.${key}`)}</label>
      <input
        id={`${id}-${key}`}
        type={type}
        maxLength={key === 'email' ? 254 : 200}
        autoComplete="off"
        aria-required="true"
        {...invalidProps(key)}
        {...register(key)}
      />
      {errorText(key)}
    </div>
  );

  return (
    <>
      {text('givenName')}
      {text('familyName')}
      {idSlot ?? (
        <NationalIdField
          country={country}
          value={nationalId}
          showAll={showAllIdErrors}
          onCountry={onCountry}
          onValue={onNationalId}
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
          maxLength={50}
          autoComplete="off"
          {...invalidProps('phone')}
          {...register('phone')}
        />
        {errorText('phone')}
      </div>
      <div className="field form-wide">
        <label htmlFor={`${id}-address`}>
          {t('participant.address')} <span className="optional">({t('common.optional')})</span>
        </label>
        <textarea
          id={`${id}-address`}
          className="short"
          maxLength={500}
          rows={2}
          {...invalidProps('address')}
          {...register('address')}
        />
        {errorText('address')}
      </div>
    </>
  );
}
