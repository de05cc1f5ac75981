// Shows a document inside the app from a blob: URL (PDF in an iframe, images in an img), so no
// plaintext copy is ever written to disk; anything else can only be saved where the user chooses.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, IpcError } from '@core/ipc/contract';
import { base64ToBytes } from '../lib/base64';
import { ErrorMessage } from './ErrorMessage';
import { UserText } from './UserText';
import { ViewerDialog } from './ViewerDialog';

type DocumentInfo = ChannelOutput<'documents.list'>[number];

const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

/** How a MIME type may be shown; the blob gets exactly this type, never the stored one blindly. */
export function viewMode(mimeType: string): 'pdf' | 'image' | 'download' {
  const type = mimeType.toLowerCase();
  if (type === 'application/pdf') return 'pdf';
  return IMAGE_TYPES.includes(type) ? 'image' : 'download';
}

type Props = Readonly<{ document: DocumentInfo; onClose: () => void }>;

export function DocumentViewer({ document: doc, onClose }: Props) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const mode = viewMode(doc.mimeType);

  useEffect(() => {
    let created: string | null = null;
    let live = true;
    void window.vault['documents.content']({ id: doc.id }).then((r) => {
      if (!live) return;
      if (!r.ok) return setError(r.error);
      // Anything not shown in the app is typed as opaque bytes, so the browser never renders it.
      const type = mode === 'download' ? 'application/octet-stream' : doc.mimeType.toLowerCase();
      created = URL.createObjectURL(new Blob([base64ToBytes(r.value.contentBase64)], { type }));
      setUrl(created);
    });
    // The decrypted bytes live only as long as the viewer is open.
    return () => {
      live = false;
      if (created) URL.revokeObjectURL(created);
    };
  }, [doc.id, doc.mimeType, mode]);

  return (
    <ViewerDialog
      title={<UserText text={doc.fileName} />}
      downloadUrl={url}
      fileName={doc.fileName}
      onClose={onClose}
    >
      {error && <ErrorMessage error={error} />}
      {url && mode === 'pdf' && <iframe className="viewer-frame" src={url} title={doc.fileName} />}
      {url && mode === 'image' && <img className="viewer-image" src={url} alt={doc.fileName} />}
      {url && mode === 'download' && <p>{t('documents.noPreview')}</p>}
    </ViewerDialog>
  );
}
