// The access copy's typography on pdfkit: headings that never sit alone at a page's foot,
// "label: value" lines, paragraphs, the assessment scores as a bar profile, and dates and numbers
// in the reader's language. Text only in the registered fonts 'regular', 'bold' and 'mono'.

export type Doc = PDFKit.PDFDocument;

export const INK = '#1a1a1f';
export const MUTED = '#55555f';
const BAR = '#3b6ea5';
const TRACK = '#e3e6ec';
const INTL: Readonly<Record<string, string>> = { da: 'da-DK', nb: 'nb-NO', en: 'en-GB' };

/** A section heading (14 pt bold, a rule under it), on a new page if less than 60 pt remain. */
export function heading(doc: Doc, text: string): void {
  keepRoom(doc, 60);
  doc.moveDown(1.1);
  doc.font('bold').fontSize(14).fillColor(INK).text(text);
  const y = doc.y + 2;
  doc
    .moveTo(doc.page.margins.left, y)
    .lineTo(doc.page.width - doc.page.margins.right, y)
    .lineWidth(0.6)
    .strokeColor('#c8c8d0')
    .stroke();
  doc.moveDown(0.5);
}

/** A heading inside a section (11 pt bold): a note, a programme, an assessment. */
export function subheading(doc: Doc, text: string): void {
  keepRoom(doc, 40);
  doc.moveDown(0.5);
  doc.font('bold').fontSize(11).fillColor(INK).text(text);
  doc.moveDown(0.15);
}

/** "Label: value" on one flowing line, the label muted. */
export function labelled(doc: Doc, label: string, value: string): void {
  doc.font('bold').fontSize(9.5).fillColor(MUTED).text(`${label}: `, { continued: true });
  doc.font('regular').fontSize(10).fillColor(INK).text(value);
}

/** Body text (10 pt), wrapped, `indent` points in from the margin. */
export function paragraph(doc: Doc, text: string, indent = 0): void {
  doc.font('regular').fontSize(10).fillColor(INK).text(text, { indent, paragraphGap: 4 });
}

/** Starts a new page when less than `points` remain, so a heading is never left alone at the foot. */
export function keepRoom(doc: Doc, points: number): void {
  if (doc.y + points > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** The scores as horizontal bars scaled to the largest, each with its name and value as text. */
export function scoreChart(
  doc: Doc,
  scores: Readonly<Record<string, number>>,
  label: string,
  number: (n: number) => string,
): void {
  const entries = Object.entries(scores);
  if (entries.length === 0) return;
  const row = 16;
  keepRoom(doc, entries.length * row + 24);
  doc.font('bold').fontSize(9.5).fillColor(MUTED).text(`${label}:`);
  const left = doc.page.margins.left;
  const nameWidth = 160;
  const barWidth = 240;
  const max = Math.max(...entries.map(([, v]) => Math.abs(v)), 1);
  let y = doc.y + 2;
  for (const [name, value] of entries) {
    doc
      .font('regular')
      .fontSize(9)
      .fillColor(INK)
      .text(name, left, y + 2, { width: nameWidth - 8, lineBreak: false, ellipsis: true });
    doc
      .rect(left + nameWidth, y + 2, barWidth, row - 6)
      .fillColor(TRACK)
      .fill();
    doc
      .rect(left + nameWidth, y + 2, Math.max(2, (Math.abs(value) / max) * barWidth), row - 6)
      .fillColor(BAR)
      .fill();
    doc
      .font('regular')
      .fontSize(9)
      .fillColor(INK)
      .text(number(value), left + nameWidth + barWidth + 8, y + 2, { lineBreak: false });
    y += row;
  }
  doc.x = left;
  doc.y = y + 4;
}

/**
 * Date and number formatting in `locale` (da, nb, en): `day` for a stored date (YYYY-MM-DD),
 * `instant` for an ISO instant in `timeZone` with its time, `any` for either.
 */
export function formatters(locale: string, timeZone: string) {
  const intl = INTL[locale] ?? 'en-GB';
  const dayFormat = new Intl.DateTimeFormat(intl, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const instantFormat = new Intl.DateTimeFormat(intl, {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const day = (iso: string) => {
    const t = Date.parse(`${iso}T12:00:00Z`);
    return Number.isNaN(t) ? iso : dayFormat.format(t);
  };
  const instant = (iso: string) => {
    const t = Date.parse(iso);
    return Number.isNaN(t) ? iso : instantFormat.format(t);
  };
  return {
    day,
    instant,
    /** A stored date (YYYY-MM-DD) as a day, an instant with its time. */
    any: (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? day(value) : instant(value)),
    number: (n: number) => new Intl.NumberFormat(intl).format(n),
  };
}
