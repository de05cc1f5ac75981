// Export one deletion record as JSON or PDF (a download), or view the PDF inside the app.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@core/ipc/contract';
import { certificateTitle } from '@core/retention/certificate-text';
import { currentLanguage } from '../../i18n/setup';
import { downloadFile, exportBlobUrl } from '../../lib/download';
import { ErrorMessage } from '../ErrorMessage';
import { PdfDialog } from './PdfDialog';
import { useVaultMutation } from '../../lib/vault-query';

type Props = Readonly<{ recordId: number; compact?: boolean }>;

export function CertificateExport({ recordId, compact = false }: Props) {
  const { t } = useTranslation();
  const exportCertificate = useVaultMutation('retention.certificates.export');
  const [error, setError] = useState<IpcError | null>(null);
  const [viewing, setViewing] = useState<{ url: string; fileName: string } | null>(null);

  // The decrypted certificate lives only as long as the viewer is open.
  useEffect(
    () => () => {
      if (viewing) URL.revokeObjectURL(viewing.url);
    },
    [viewing],
  );

  const fetchExport = async (format: 'json' | 'pdf') => {
    const result = await exportCertificate.mutateAsync({
      id: recordId,
      format,
      locale: currentLanguage(),
    });
    if (!result.ok) {
      setError(result.error);
      return null;
    }
    setError(null);
    return result.value;
  };

  // The certificate's own title, from the words its PDF prints.
  const title = certificateTitle(recordId, currentLanguage());
  const size = compact ? 'button button-quiet' : 'button button-secondary';
  return (
    <div className="certificate-export">
      <div className="actions">
        {(['json', 'pdf'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className={size}
            aria-label={
              compact
                ? `${t(`retention.certificate.export${format === 'json' ? 'Json' : 'Pdf'}`)}, ${title}`
                : undefined
            }
            onClick={() => void fetchExport(format).then((file) => file && downloadFile(file))}
          >
            {t(`retention.certificate.export${format === 'json' ? 'Json' : 'Pdf'}`)}
          </button>
        ))}
        <button
          type="button"
          className={size}
          aria-label={compact ? `${t('retention.certificate.viewPdf')}, ${title}` : undefined}
          onClick={() =>
            void fetchExport('pdf').then(
              (file) => file && setViewing({ url: exportBlobUrl(file), fileName: file.fileName }),
            )
          }
        >
          {t('retention.certificate.viewPdf')}
        </button>
      </div>
      {error && <ErrorMessage error={error} />}
      {viewing && (
        <PdfDialog
          url={viewing.url}
          fileName={viewing.fileName}
          title={title}
          onClose={() => setViewing(null)}
        />
      )}
    </div>
  );
}
