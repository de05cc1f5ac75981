// A deletion certificate as a one-page A4 PDF a job centre can file: the organisation, the
// consultant, the programme, when, under which rule, what was deleted, what became of keys and
// backups, which copies are beyond the app's reach, and a verification code from the hash chain.
// Text from certificate-text.ts (the same sheet the window shows), set in embedded, subsetted
// DejaVu Sans so any name prints. Written with pdfkit, the one PDF library of the app (the access
// copy needs it for AES-256); positions are measured from the page's foot, as PDF does.
import PDFDocument from 'pdfkit';
import { certificateFonts } from './certificate-fonts';
import {
  certificateSheet,
  type CertificateContext,
  type CertificateInput,
  type CertificateLocale,
  type CertificateSheet,
} from './certificate-text';

export type { CertificateLocale };

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const LABEL_X = MARGIN;
const VALUE_X = 232;
const VALUE_WIDTH = A4[0] - MARGIN - VALUE_X;
const LABEL_WIDTH = VALUE_X - LABEL_X - 12;
/** Counts, when many, in two columns; the left one's values in line with the facts'. */
const COUNT_LABEL_WIDTH = VALUE_X - LABEL_X - 4;
const COUNT_COLUMNS = [
  { label: LABEL_X, value: VALUE_X },
  { label: VALUE_X + 66, value: VALUE_X + 66 + COUNT_LABEL_WIDTH + 8 },
] as const;
const INK = '#1a1a1f';
const MUTED = '#545461';
const RULE = '#ccccd6';

export type CertificatePdf = Readonly<{ fileName: string; bytes: Uint8Array }>;

/** The certificate for one record in the reader's language, with its file name. */
export async function certificatePdf(
  record: CertificateInput,
  locale: CertificateLocale,
  context: CertificateContext,
): Promise<CertificatePdf> {
  const sheet = certificateSheet(record, locale, context);
  const doc = new PDFDocument({
    size: A4,
    margin: 0,
    autoFirstPage: false,
    // No standard font (pdfkit would read Helvetica's metrics from its own folder): DejaVu only.
    font: '',
    lang: { da: 'da-DK', nb: 'nb-NO', en: 'en-GB' }[locale],
    info: { Title: sheet.title, Producer: 'Fortrolig', Creator: 'Fortrolig' },
  });
  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  const files = certificateFonts();
  doc.registerFont('regular', Buffer.from(files.regular));
  doc.registerFont('bold', Buffer.from(files.bold));
  doc.registerFont('mono', Buffer.from(files.mono));
  doc.addPage();
  layOut(doc, sheet);
  doc.end();
  return { fileName: `${sheet.fileBase}.pdf`, bytes: await done };
}

type Doc = PDFKit.PDFDocument;
type Face = 'regular' | 'bold' | 'mono';

/** Text with its baseline at `y` points above the page's foot (PDF's own coordinates). */
function drawText(
  doc: Doc,
  s: string,
  x: number,
  y: number,
  size: number,
  font: Face,
  color: string,
) {
  doc
    .font(font)
    .fontSize(size)
    .fillColor(color)
    .text(s, x, A4[1] - y, { lineBreak: false, baseline: 'alphabetic' });
}

function layOut(doc: Doc, sheet: CertificateSheet): void {
  let y = A4[1] - MARGIN;
  const fonts = { regular: 'regular', bold: 'bold', mono: 'mono' } as const;
  const width = (font: Face, size: number) => (s: string) =>
    doc.font(font).fontSize(size).widthOfString(s);
  const text = (s: string, x: number, size: number, font: Face, color = INK) =>
    drawText(doc, s, x, y, size, font, color);
  const hr = () => {
    doc
      .moveTo(MARGIN, A4[1] - y)
      .lineTo(A4[0] - MARGIN, A4[1] - y)
      .lineWidth(0.6)
      .strokeColor(RULE)
      .stroke();
  };

  // Letterhead: the issuing organisation (or, until Settings names it, a labelled "not set").
  const org = sheet.organisation;
  const heading = org.set ? org.name : `${org.label}: ${org.name}`;
  for (const row of wrap(heading, width(fonts.bold, 12), A4[0] - 2 * MARGIN)) {
    text(row, MARGIN, 12, org.set ? fonts.bold : fonts.regular, org.set ? INK : MUTED);
    y -= 15;
  }
  // At most four address rows, so the sheet always fits one page (the setting allows more).
  const addressRows = sheet.organisation.address.flatMap((line) =>
    wrap(line, width(fonts.regular, 9.5), A4[0] - 2 * MARGIN),
  );
  for (const row of addressRows.slice(0, 4)) {
    text(row, MARGIN, 9.5, fonts.regular, MUTED);
    y -= 12;
  }
  y -= 4;
  hr();
  y -= 30;
  text(sheet.title, MARGIN, 22, fonts.bold);
  y -= 20;
  text(sheet.kind, MARGIN, 12.5, fonts.regular, MUTED);
  y -= 28;

  /** A label on the left and its value wrapped in the value column; returns nothing, moves y. */
  const fact = (
    label: string,
    value: string,
    gap = 4,
    valueFont: Face = fonts.regular,
    size = 10,
  ) => {
    const labelRows = wrap(label, width(fonts.bold, 9.5), LABEL_WIDTH);
    const valueRows = value
      .split('\n')
      .flatMap((l) => wrap(l, width(valueFont, size), VALUE_WIDTH));
    const rows = Math.max(labelRows.length, valueRows.length);
    for (let i = 0; i < rows; i++) {
      if (labelRows[i]) text(labelRows[i]!, LABEL_X, 9.5, fonts.bold, MUTED);
      if (valueRows[i]) text(valueRows[i]!, VALUE_X, size, valueFont);
      y -= 13;
    }
    y -= gap;
  };

  for (const row of sheet.facts) fact(row.label, row.value);
  y -= 4;
  hr();
  y -= 20;
  text(sheet.counts.heading, MARGIN, 11, fonts.bold);
  y -= 18;
  // Many categories (a whole caseload) in two columns, so the sheet stays one page.
  const counts = sheet.counts.rows;
  if (counts.length <= 6) for (const row of counts) fact(row.label, row.value, 0);
  const half = Math.ceil(counts.length / 2);
  for (let i = 0; counts.length > 6 && i < half; i++) {
    const cells = [counts[i], counts[i + half]].flatMap((row, column) =>
      row ? [{ row, at: COUNT_COLUMNS[column]! }] : [],
    );
    const labelRows = cells.map((c) =>
      wrap(c.row.label, width(fonts.bold, 9.5), COUNT_LABEL_WIDTH),
    );
    for (let line = 0; line < Math.max(...labelRows.map((r) => r.length)); line++) {
      cells.forEach((c, column) => {
        const label = labelRows[column]![line];
        if (label) text(label, c.at.label, 9.5, fonts.bold, MUTED);
        if (line === 0) text(c.row.value, c.at.value, 10, fonts.regular);
      });
      y -= 12.5;
    }
  }
  y -= 4;
  hr();
  y -= 16;

  // Copies the shredding cannot reach: across the page, so the three short paragraphs stay short.
  text(sheet.beyondReach.heading, MARGIN, 11, fonts.bold);
  y -= 13.5;
  sheet.beyondReach.paragraphs.forEach((paragraph, i) => {
    if (i > 0) y -= 2;
    for (const row of wrap(paragraph, width(fonts.regular, 8.5), A4[0] - 2 * MARGIN)) {
      text(row, MARGIN, 8.5, fonts.regular);
      y -= 10.25;
    }
  });
  hr();
  y -= 17;

  // Verification: the short code large, how to check it, and the full fingerprint small.
  const v = sheet.verification;
  text(v.label, LABEL_X, 9.5, fonts.bold, MUTED);
  text(v.code, VALUE_X, 15, fonts.mono);
  y -= 20;
  for (const row of wrap(v.howTo, width(fonts.regular, 9), VALUE_WIDTH)) {
    text(row, VALUE_X, 9, fonts.regular, MUTED);
    y -= 12;
  }
  y -= 6;
  text(v.fingerprintLabel, LABEL_X, 8, fonts.bold, MUTED);
  // All 64 hex digits on one row (7.5 pt mono is 289 pt wide; the column is 307 pt).
  text(v.fingerprint, VALUE_X, 7.5, fonts.mono, MUTED);

  y = MARGIN - 12;
  for (const row of wrap(sheet.footer, width(fonts.regular, 8.5), A4[0] - 2 * MARGIN).reverse()) {
    drawText(doc, row, MARGIN, y, 8.5, fonts.regular, MUTED);
    y += 11;
  }
}

/**
 * Rows of at most `width` points as `measure` sets them, broken at spaces (a single over-long word
 * is broken by letter).
 */
function wrap(value: string, measure: (s: string) => number, width: number): string[] {
  const rows: string[] = [];
  const fits = (s: string) => measure(s) <= width;
  for (const word of value.split(' ')) {
    const last = rows.at(-1);
    if (last !== undefined && fits(`${last} ${word}`)) {
      rows[rows.length - 1] = `${last} ${word}`;
      continue;
    }
    let rest = word;
    while (!fits(rest) && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(rest.slice(0, cut))) cut--;
      rows.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    rows.push(rest);
  }
  return rows.length ? rows : [''];
}
