// Shows an exported PDF certificate inside the app from a blob: URL, like the documents viewer.
import { ViewerDialog } from '../ViewerDialog';

type Props = Readonly<{ url: string; title: string; fileName: string; onClose: () => void }>;

export function PdfDialog({ url, title, fileName, onClose }: Props) {
  return (
    <ViewerDialog title={title} downloadUrl={url} fileName={fileName} onClose={onClose}>
      <iframe className="viewer-frame" src={url} title={title} />
    </ViewerDialog>
  );
}
