// Offers exported bytes (a certificate) as a download through a short-lived blob: URL.
import { base64ToBytes } from './base64';

export type ExportedFile = Readonly<{ fileName: string; mimeType: string; contentBase64: string }>;

export function exportBlobUrl(file: ExportedFile): string {
  return URL.createObjectURL(
    new Blob([base64ToBytes(file.contentBase64)], { type: file.mimeType }),
  );
}

export function downloadFile(file: ExportedFile): void {
  const url = exportBlobUrl(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download by the next task; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
