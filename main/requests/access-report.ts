// The access copy as ONE encrypted PDF (GDPR art. 15(3), 20): the readable report in the
// person's language, `data.json` and every document's original bytes (and the profile photo's)
// attached under its own file name, all encrypted with AES-256 under the generated passphrase.
// Built in memory; nothing is written anywhere here.
//
// Why pdfkit: it is maintained and the only JavaScript PDF writer we found that both encrypts
// with AES-256 and embeds files (pdf-lib embeds files but cannot encrypt); the deletion
// certificate uses it too, so the app ships one PDF library. It writes AES-256 as PDF 1.7 Adobe
// Extension Level 3, i.e. the Standard security handler's revision 5, not ISO 32000-2's
// revision 6. Revision 5's weakness is its password check: one salted SHA-256, so a stolen file
// can be guessed against fast (revision 6 iterates a hash mix). That does not matter here
// because nobody chooses this password: it is 8 words drawn from 1,024 (80 bits,
// access-passphrase.ts), and 2^80 SHA-256 guesses is out of reach. Every reader that opens
// AES-256 PDFs (Acrobat, Preview, pdf.js, Poppler, qpdf) opens revision 5. The passphrase may be
// long (AES-256 passwords go to 127 bytes); Poppler's command-line tools alone cut theirs at 32.
import { randomBytes } from 'node:crypto';
import PDFDocument from 'pdfkit';
import { certificateFonts } from '../retention/certificate-fonts';
import type { AccessContent } from './access-data';
import type { AccessLocale } from './access-passphrase';
import { writeReport } from './access-report-body';
import { ACCESS_WORDS } from './access-text';

const A4_MARGINS = { top: 56, bottom: 64, left: 56, right: 56 };
const INTL_LANG: Readonly<Record<AccessLocale, string>> = { da: 'da-DK', nb: 'nb-NO', en: 'en-GB' };

/** pdfkit's attachment options, with the PDF 2.0 relationship its typings leave out. */
type AttachmentOptions = PDFKit.Mixins.PDFAttachmentOptions & {
  relationship?: 'Data' | 'Source';
};

/**
 * The encrypted PDF's bytes for `content`, in `content.data.locale`, opening with `passphrase`
 * (user password; the owner password is random and forgotten, so no one holds more rights
 * than the person). The reader may print, copy and use assistive technology. Attachments:
 * `data.json` (UTF-8 JSON of `content.data`, 2-space indented) and each document as
 * `attachmentName` with its MIME type.
 * @throws Error from pdfkit or fontkit (a font file missing: see certificate-fonts.ts).
 */
export function accessCopyPdf(content: AccessContent, passphrase: string): Promise<Uint8Array> {
  const { data } = content;
  const words = ACCESS_WORDS[data.locale];
  const now = new Date(data.generatedAt);
  const doc = new PDFDocument({
    size: 'A4',
    margins: A4_MARGINS,
    autoFirstPage: false,
    bufferPages: true,
    // No standard font: pdfkit would read Helvetica's metrics from its own folder, which the
    // app's bundle does not ship. Everything is set in embedded DejaVu Sans.
    font: '',
    pdfVersion: '1.7ext3',
    userPassword: passphrase,
    ownerPassword: randomBytes(32).toString('hex'),
    permissions: {
      printing: 'highResolution',
      copying: true,
      contentAccessibility: true,
      annotating: true,
      fillingForms: true,
      documentAssembly: true,
    },
    lang: INTL_LANG[data.locale],
    displayTitle: true,
    // Generic words only: pdfkit derives the unencrypted file /ID from the info dictionary.
    info: { Title: words.title, Producer: 'Fortrolig', Creator: 'Fortrolig', CreationDate: now },
  });
  // The catalogue names the extension that defines AES-256 revision 5 (ISO 32000-1 §7.12).
  (doc as unknown as { _root: { data: Record<string, unknown> } })._root.data.Extensions = {
    ADBE: { BaseVersion: '1.7', ExtensionLevel: 3 },
  };
  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  const fonts = certificateFonts();
  doc.registerFont('regular', Buffer.from(fonts.regular));
  doc.registerFont('bold', Buffer.from(fonts.bold));
  doc.registerFont('mono', Buffer.from(fonts.mono));
  doc.addPage();
  writeReport(doc, data, words);
  footers(doc, words.page);

  attach(doc, Buffer.from(JSON.stringify(data, null, 2), 'utf8'), {
    name: 'data.json',
    type: 'application/json',
    description: words.title,
    creationDate: now,
    modifiedDate: now,
    relationship: 'Data',
  });
  data.documents.forEach((d, i) => {
    const attachment = content.attachments[i]!;
    attach(doc, Buffer.from(attachment.bytes), {
      name: attachment.name,
      type: attachment.mimeType,
      creationDate: new Date(d.createdAt),
      modifiedDate: new Date(d.createdAt),
      relationship: 'Source',
    });
  });
  // The profile photo comes after the documents in the attachments (access-data.ts).
  const photo = data.profilePhoto && content.attachments[data.documents.length];
  if (data.profilePhoto && photo)
    attach(doc, Buffer.from(photo.bytes), {
      name: photo.name,
      type: photo.mimeType,
      creationDate: new Date(data.profilePhoto.createdAt),
      modifiedDate: new Date(data.profilePhoto.createdAt),
      relationship: 'Source',
    });
  doc.end();
  return done;
}

/** Embeds `bytes` as a named attachment (a file specification in the EmbeddedFiles tree). */
function attach(doc: PDFKit.PDFDocument, bytes: Buffer, options: AttachmentOptions): void {
  doc.file(bytes, options);
}

/** "Side 1 af 4" centred at the foot of every page. */
function footers(doc: PDFKit.PDFDocument, page: (n: number, of: number) => string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would otherwise start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(8)
      .fillColor('#55555f')
      .text(page(i + 1, range.count), A4_MARGINS.left, doc.page.height - 40, {
        width: doc.page.width - A4_MARGINS.left - A4_MARGINS.right,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}
