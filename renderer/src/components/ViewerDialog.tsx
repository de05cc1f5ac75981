// The modal frame both in-app viewers share (documents, certificates): title, "save as" from a blob: URL, close.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = Readonly<{
  title: ReactNode;
  /** The blob: URL to save from, once the bytes are there. */
  downloadUrl: string | null;
  fileName: string;
  onClose: () => void;
  children: ReactNode;
}>;

export function ViewerDialog({ title, downloadUrl, fileName, onClose, children }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="dialog dialog-viewer"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="title-row">
        <h2 id={`${id}-title`} className="viewer-title">
          {title}
        </h2>
        {downloadUrl && (
          <a className="button button-secondary" href={downloadUrl} download={fileName}>
            {t('documents.saveAs')}
          </a>
        )}
        <button type="button" className="button button-primary" onClick={onClose} autoFocus>
          {t('common.close')}
        </button>
      </div>
      {children}
    </dialog>
  );
}
