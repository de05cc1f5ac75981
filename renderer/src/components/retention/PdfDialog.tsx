// Shows an exported PDF certificate inside the app from a blob: URL, like the documents viewer.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

type Props = Readonly<{ url: string; title: string; fileName: string; onClose: () => void }>;

export function PdfDialog({ url, title, fileName, onClose }: Props) {
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
        <a className="button button-secondary" href={url} download={fileName}>
          {t('documents.saveAs')}
        </a>
        <button type="button" className="button button-primary" onClick={onClose} autoFocus>
          {t('common.close')}
        </button>
      </div>
      <iframe className="viewer-frame" src={url} title={title} />
    </dialog>
  );
}
