// Shows a vault error code in the reader's language; codes are all the renderer ever gets.
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE, type IpcError } from '@core/ipc/contract';

type Props = Readonly<{ error: IpcError; id?: string }>;

type FieldWords = Readonly<Record<string, Readonly<Record<string, string>>>>;

export function ErrorMessage({ error, id }: Props) {
  const { t } = useTranslation();
  // A field's own words where the code alone would mislead (a request's dates are not start and end).
  const byField = error.field
    ? (t('fieldErrors', { returnObjects: true }) as FieldWords)[error.code]?.[error.field]
    : undefined;
  return (
    <p className="message message-error" role="alert" id={id}>
      {byField ?? t(`errors.${error.code}`, { min: MIN_PASSPHRASE })}
    </p>
  );
}
