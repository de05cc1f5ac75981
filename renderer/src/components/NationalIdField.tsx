// The national-ID field with as-you-type checks from the same pure validator the vault uses:
// hard errors block saving, soft warnings (e.g. a CPR failing only modulus 11) are shown but never block.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { NationalIdErrorCode } from '@core/domain/national-ids';
import { ID_COUNTRIES, type IdCountry } from '@core/domain/vocabulary';
import { checkNationalId } from '../lib/participant-form';

type Props = Readonly<{
  country: IdCountry;
  value: string;
  /** Show every error now (after blur or a submit), not only the ones that cannot get better by typing. */
  showAll: boolean;
  onCountry: (country: IdCountry) => void;
  onValue: (value: string) => void;
  onBlur: () => void;
  serverErrors: readonly NationalIdErrorCode[];
}>;

export function NationalIdField({
  country,
  value,
  showAll,
  onCountry,
  onValue,
  onBlur,
  serverErrors,
}: Props) {
  const { t } = useTranslation();
  const id = useId();
  const result = checkNationalId(country, value);
  // "Too short" while still typing would nag; every other error is final as soon as it appears.
  const errors = (result?.errors ?? [])
    .map((e) => e.code)
    .filter((code) => showAll || code !== 'length');
  const shownErrors = errors.length > 0 ? errors : serverErrors;
  // A warning beside a hard error is noise: the number has to change anyway.
  const warnings = result?.valid ? result.warnings.map((w) => w.code) : [];
  const ok = result?.valid === true;
  const describedBy = [
    `${id}-hint`,
    shownErrors.length ? `${id}-errors` : '',
    warnings.length ? `${id}-warnings` : '',
    ok && !warnings.length ? `${id}-ok` : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <fieldset className="fieldset form-wide">
      <legend>{t('participant.nationalId')}</legend>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-country`}>{t('participant.idCountry')}</label>
          <select
            id={`${id}-country`}
            value={country}
            onChange={(e) => onCountry(e.target.value as IdCountry)}
          >
            {ID_COUNTRIES.map((c) => (
              <option key={c} value={c}>
                {t(`participant.idCountries.${c}`)}
              </option>
            ))}
          </select>
        </div>
        {country !== 'none' && (
          <div className="field">
            <label htmlFor={`${id}-value`}>{t('participant.nationalId')}</label>
            <input
              id={`${id}-value`}
              value={value}
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              maxLength={32}
              aria-invalid={shownErrors.length > 0}
              aria-describedby={describedBy}
              onChange={(e) => onValue(e.target.value)}
              onBlur={onBlur}
            />
            <p className="hint" id={`${id}-hint`}>
              {country === 'DK'
                ? t('participant.nationalIdHintDK')
                : t('participant.nationalIdHintNO')}
            </p>
            {shownErrors.length > 0 && (
              <div role="alert" id={`${id}-errors`}>
                <ul className="hint hint-error issue-list">
                  {shownErrors.map((code) => (
                    <li key={code}>{t(`nationalId.errors.${code}`)}</li>
                  ))}
                </ul>
              </div>
            )}
            {warnings.length > 0 && (
              <ul className="message message-warning issue-list" id={`${id}-warnings`}>
                {warnings.map((code) => (
                  <li key={code}>{t(`nationalId.warnings.${code}`)}</li>
                ))}
              </ul>
            )}
            {ok && warnings.length === 0 && (
              <p className="hint hint-ok" id={`${id}-ok`}>
                {t('participant.idLooksRight')}
              </p>
            )}
          </div>
        )}
      </div>
    </fieldset>
  );
}
