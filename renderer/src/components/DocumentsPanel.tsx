// Documents: add by drag-and-drop or the file picker (over 25 MB refused before sending), list,
// view, and delete a wrongly uploaded one after a confirmation.
import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, IpcError } from '@core/ipc/contract';
import { currentLanguage } from '../i18n/setup';
import { bytesToBase64 } from '../lib/base64';
import { formatBytes, formatInstant } from '../lib/dates';
import { useReadOnly } from '../lib/read-only';
import { useVaultMutation, useVaultQuery } from '../lib/vault-query';
import { ConfirmDialog } from './ConfirmDialog';
import { DocumentViewer } from './DocumentViewer';
import { ErrorMessage } from './ErrorMessage';
import { UserText } from './UserText';

type DocumentInfo = ChannelOutput<'documents.list'>[number];
type Kind = DocumentInfo['kind'];
const KINDS: readonly Kind[] = ['cv', 'application', 'interview', 'testReport', 'other'];
/** The vault's limit; checked here too so a large file is refused before it is read and sent. */
export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;
const MIME = /^[\w.+-]+\/[\w.+-]+$/;

type Props = Readonly<{ participantId: number }>;

export function DocumentsPanel({ participantId }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  const { readOnly, because } = useReadOnly();
  const items = useVaultQuery('documents.list', { participantId }).data ?? null;
  const add = useVaultMutation('documents.add');
  const deleteDocument = useVaultMutation('documents.delete');
  const [kind, setKind] = useState<Kind>('cv');
  const [busy, setBusy] = useState(false);
  const [tooLarge, setTooLarge] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const [viewing, setViewing] = useState<DocumentInfo | null>(null);
  const [over, setOver] = useState(false);
  const [deleting, setDeleting] = useState<DocumentInfo | null>(null);
  const [deleted, setDeleted] = useState(false);

  const upload = async (file: File) => {
    setError(null);
    setTooLarge(file.size > MAX_DOCUMENT_BYTES);
    if (file.size > MAX_DOCUMENT_BYTES) return;
    setBusy(true);
    const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    const result = await add.mutateAsync({
      participantId,
      kind,
      // A file name is one line for the vault; stray control characters are dropped, not refused.
      fileName:
        file.name
          .replace(/\p{Cc}/gu, '')
          .trim()
          .slice(0, 255) || 'document',
      mimeType: MIME.test(file.type) ? file.type : 'application/octet-stream',
      contentBase64,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setDeleted(false);
  };

  const remove = async (document: DocumentInfo) => {
    setDeleting(null);
    setError(null);
    setDeleted(false);
    const result = await deleteDocument.mutateAsync({ id: document.id });
    if (!result.ok) return setError(result.error);
    setDeleted(true);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    if (readOnly) return;
    const file = event.dataTransfer.files[0];
    if (file) void upload(file);
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('documents.title')}</h2>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('documents.kind')}</label>
        <select
          id={`${id}-kind`}
          value={kind}
          disabled={readOnly}
          onChange={(e) => setKind(e.target.value as Kind)}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`documents.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div
        className={`dropzone${over ? ' dropzone-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <span>{t('documents.drop')}</span>{' '}
        <label className={`button button-secondary file-pick${readOnly ? ' file-pick-off' : ''}`}>
          {t('documents.pick')}
          <input
            type="file"
            className="visually-hidden"
            disabled={readOnly}
            aria-describedby={because}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void upload(file);
            }}
          />
        </label>
        <p className="hint" role="status">
          {busy ? t('documents.uploading') : ''}
        </p>
      </div>
      {tooLarge && (
        <p className="message message-error" role="alert">
          {t('documents.tooLarge')}
        </p>
      )}
      {error && <ErrorMessage error={error} />}
      {items && items.length === 0 && <p className="empty">{t('documents.empty')}</p>}
      {items && items.length > 0 && (
        <ul className="plain-list documents" aria-label={t('documents.listLabel')}>
          {items.map((d) => (
            <li key={d.id} className="document">
              <span className="document-name">
                <UserText text={d.fileName} className="strong" />
                <span className="muted">
                  {t(`documents.kinds.${d.kind}`)} · {formatBytes(d.size, language)} ·{' '}
                  {formatInstant(d.createdAt, language)}
                </span>
              </span>
              <button type="button" className="button button-quiet" onClick={() => setViewing(d)}>
                {t('documents.view')}
              </button>
              <button
                type="button"
                className="button button-quiet"
                disabled={readOnly}
                aria-describedby={because}
                aria-label={t('documents.deleteLabel', { name: d.fileName })}
                onClick={() => setDeleting(d)}
              >
                {t('common.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="hint hint-ok status-line" role="status">
        {deleted ? t('documents.deleted') : ''}
      </p>
      {deleting && (
        <ConfirmDialog
          title={t('documents.deleteTitle')}
          confirmLabel={t('common.delete')}
          onConfirm={() => void remove(deleting)}
          onCancel={() => setDeleting(null)}
        >
          <p>
            <UserText text={deleting.fileName} className="strong" />
            <br />
            <span className="muted">
              {t(`documents.kinds.${deleting.kind}`)} · {formatBytes(deleting.size, language)} ·{' '}
              {formatInstant(deleting.createdAt, language)}
            </span>
          </p>
          <p>{t('documents.deleteBody')}</p>
        </ConfirmDialog>
      )}
      {viewing && <DocumentViewer document={viewing} onClose={() => setViewing(null)} />}
    </section>
  );
}
