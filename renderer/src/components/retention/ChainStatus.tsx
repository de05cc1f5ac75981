// The hash chain's verdict over all deletion records, shown prominently: unbroken, or where it breaks.
import { useTranslation } from 'react-i18next';

export type ChainVerdict = Readonly<{ ok: boolean; records: number; brokenAt?: number }>;

export function ChainStatus({ chain }: Readonly<{ chain: ChainVerdict }>) {
  const { t } = useTranslation();
  return chain.ok ? (
    <p className="message message-success chain-status" data-chain="ok">
      {t('retention.certificate.chainOk', { count: chain.records })}
    </p>
  ) : (
    <p className="message message-error chain-status" data-chain="broken" role="alert">
      {t('retention.certificate.chainBroken', { id: chain.brokenAt ?? '?' })}
    </p>
  );
}
