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

/**
 * The scores as horizontal bars, each drawn on its own scale (the track is min to max, the bar
 * runs from min to the value), with its name, its value and its scale as text; a score recorded
 * without a scale (before migration 018) gets no bar, only its value and `words.noScale`. Long
 * names wrap within their column rather than being cut. `number` formats in the copy's language.
 */
export function scoreChart(
  doc: Doc,
  scores: readonly Readonly<{
    name: string;
    value: number;
    min: number | null;
    max: number | null;
  }>[],
  label: string,
  number: (n: number) => string,
  words: Readonly<{ scale: (min: string, max: string) => string; noScale: string }>,
): void {
  if (scores.length === 0) return;
  const row = 16;
  keepRoom(doc, scores.length * row + 24);
  doc.font('bold').fontSize(9.5).fillColor(MUTED).text(`${label}:`);
  const left = doc.page.margins.left;
  const nameWidth = 160;
  const barWidth = 200;
  let y = doc.y + 2;
  for (const s of scores) {
    doc.font('regular').fontSize(9).fillColor(INK);
    const nameHeight = doc.heightOfString(s.name, { width: nameWidth - 8 });
    const height = Math.max(row, nameHeight + 4);
    if (y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      y = doc.y;
    }
    doc.text(s.name, left, y + 2, { width: nameWidth - 8 });
    const scaled = s.min !== null && s.max !== null && s.max > s.min;
    if (scaled) {
      doc
        .rect(left + nameWidth, y + 2, barWidth, row - 6)
        .fillColor(TRACK)
        .fill();
      const share = Math.min(1, Math.max(0, (s.value - s.min!) / (s.max! - s.min!)));
      doc
        .rect(left + nameWidth, y + 2, Math.max(2, share * barWidth), row - 6)
        .fillColor(BAR)
        .fill();
    }
    const text = scaled
      ? `${number(s.value)} (${words.scale(number(s.min!), number(s.max!))})`
      : `${number(s.value)} (${words.noScale})`;
    doc
      .font('regular')
      .fontSize(9)
      .fillColor(INK)
      .text(text, left + nameWidth + barWidth + 8, y + 2, { lineBreak: false });
    y += height;
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
