// Shows a vault error code in the reader's language; codes are all the renderer ever gets.
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE, type IpcError } from '../../../main/ipc/contract';

type Props = Readonly<{ error: IpcError; id?: string }>;

export function ErrorMessage({ error, id }: Props) {
  const { t } = useTranslation();
  return (
    <p className="message message-error" role="alert" id={id}>
      {t(`errors.${error.code}`, { min: MIN_PASSPHRASE })}
    </p>
  );
}
