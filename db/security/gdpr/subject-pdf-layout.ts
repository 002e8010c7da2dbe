import { bottom, hairline, ink, left, muted, width, type Doc } from '../../documents/pdf-kit.ts';

/*
 * The few building blocks of the subject-access PDF: a flowing A4 document of headings,
 * paragraphs and label–value rows. Whatever does not fit goes on to the next page whole (a
 * row is never split between pages); pdfkit breaks long paragraphs by itself.
 */

export const margins = { top: 56, bottom: 56, left: 56, right: 56 };
const labelWidth = 150;
const gap = 10;

/** Starts a new page unless `height` more points fit on this one. */
export function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

export function sectionHeading(doc: Doc, text: string): void {
  doc.font('bold').fontSize(12);
  // A heading never stays alone at the foot of a page: it takes its first lines with it.
  ensureRoom(doc, doc.heightOfString(text, { width: width(doc) }) + 60);
  doc.moveDown(0.9);
  hairline(doc, left(doc), doc.y, width(doc));
  doc.moveDown(0.35);
  doc.fillColor(ink).text(text, left(doc), doc.y, { width: width(doc) });
  doc.moveDown(0.35);
}

export function subHeading(doc: Doc, text: string): void {
  doc.font('bold').fontSize(10);
  ensureRoom(doc, doc.heightOfString(text, { width: width(doc) }) + 30);
  doc.moveDown(0.4);
  doc.fillColor(ink).text(text, left(doc), doc.y, { width: width(doc) });
  doc.moveDown(0.15);
}

export function paragraph(
  doc: Doc,
  text: string,
  style: { size?: number; color?: string; font?: 'regular' | 'bold'; indent?: number } = {},
): void {
  const indent = style.indent ?? 0;
  doc
    .font(style.font ?? 'regular')
    .fontSize(style.size ?? 9.5)
    .fillColor(style.color ?? ink);
  const options = { width: width(doc) - indent, lineGap: 1.5 };
  // Short paragraphs stay whole; a long note may break across pages by itself.
  const height = doc.heightOfString(text, options);
  if (height < 120) ensureRoom(doc, height);
  doc.text(text, left(doc) + indent, doc.y, options);
}

/** Rows of a label on the left and its value on the right, each row kept on one page. */
export function labelledRows(doc: Doc, rows: [string, string][]): void {
  const x = left(doc);
  const valueWidth = width(doc) - labelWidth - gap;
  for (const [label, value] of rows) {
    doc.fontSize(9.5);
    const height = Math.max(
      doc.font('regular').heightOfString(label, { width: labelWidth }),
      doc.font('regular').heightOfString(value, { width: valueWidth }),
    );
    ensureRoom(doc, height + 3);
    const y = doc.y;
    doc.font('regular').fillColor(muted).text(label, x, y, { width: labelWidth });
    doc.fillColor(ink).text(value, x + labelWidth + gap, y, { width: valueWidth });
    doc.y = y + height + 3;
  }
  doc.x = x;
}

export function emptyNote(doc: Doc, text: string): void {
  paragraph(doc, text, { color: muted });
}
