import { courseKindLabels, type CourseDetail } from '../contract/courses.ts';
import { fitText, hairline, ink, left, muted, width, type Doc } from '../documents/pdf-kit.ts';
import type { SheetLanguage, SheetText } from './attendance-text.ts';

/**
 * What every attendance sheet page shares: the top (who runs it, who funds it, which course it
 * is) and the style of the table cells below it.
 */

export interface SheetContext {
  doc: Doc;
  detail: CourseDetail;
  text: SheetText;
  language: SheetLanguage;
  fundingLine: string;
  organisationName: string;
}

export interface Fact {
  label: string;
  value: string;
  /** How many of the row's equal columns the fact takes (a venue needs more than a time). */
  span?: number;
}

export const tableLine = '#6a6a6a';
export const headerFill = '#e6e6e6';

/** One table cell: a thin frame, optionally filled (headings, cancelled lessons). */
export function drawCell(
  doc: Doc,
  box: { x: number; y: number; w: number; h: number },
  fill?: string,
) {
  doc.lineWidth(0.5).strokeColor(tableLine);
  if (fill) doc.fillColor(fill).rect(box.x, box.y, box.w, box.h).fillAndStroke();
  else doc.rect(box.x, box.y, box.w, box.h).stroke();
}

/**
 * Organisation and funding line on every page: the funder's auditors check each sheet for the
 * project's publicity line, and a page separated from the first must still show it.
 */
function drawPageTop(ctx: SheetContext): number {
  const { doc } = ctx;
  const x = left(doc);
  const w = width(doc);
  let y = doc.page.margins.top;
  const organisation = ctx.organisationName.trim();
  if (organisation) {
    fitText(doc, organisation, { x, y, w, h: 13 }, { size: 10, minSize: 7.5, font: 'bold' });
    y += 17;
  }
  const funding = ctx.fundingLine.trim();
  if (funding) {
    const padding = 5;
    doc.font('regular').fontSize(8.5);
    const textHeight = doc.heightOfString(funding, { width: w - 2 * padding, align: 'center' });
    const boxHeight = textHeight + 2 * padding;
    doc.lineWidth(0.6).strokeColor(tableLine).fillColor('#f2f2f2');
    doc.rect(x, y, w, boxHeight).fillAndStroke();
    doc.fillColor(ink).text(funding, x + padding, y + padding, {
      width: w - 2 * padding,
      align: 'center',
    });
    y += boxHeight + 10;
  }
  return y;
}

/** The first page: heading, course title and kind, then the facts of the lesson or course. */
export function drawSheetHeader(ctx: SheetContext, facts: Fact[][]): number {
  const { doc, detail, text, language } = ctx;
  const x = left(doc);
  const w = width(doc);
  let y = drawPageTop(ctx);

  doc.font('bold').fontSize(16).fillColor(ink);
  doc.text(text.heading, x, y, { width: w, lineBreak: false });
  y += 22;
  doc.font('bold').fontSize(12.5).fillColor(ink);
  doc.text(detail.course.title.normalize('NFC'), x, y, { width: w });
  y = doc.y + 1;
  doc.font('regular').fontSize(9).fillColor(muted);
  doc.text(courseKindLabels[detail.course.kind][language], x, y, { width: w, lineBreak: false });
  y += 16;

  hairline(doc, x, y, w);
  y += 5;
  for (const row of facts) y = drawFactRow(doc, row, y);
  hairline(doc, x, y, w);
  return y + 12;
}

/** Later pages: the page top and one line saying which sheet this page continues. */
export function drawContinuationHeader(ctx: SheetContext, description: string): number {
  const { doc, text } = ctx;
  const y = drawPageTop(ctx);
  const line = `${text.heading} · ${ctx.detail.course.title.normalize('NFC')} · ${description} (${text.continued})`;
  fitText(
    doc,
    line,
    { x: left(doc), y, w: width(doc), h: 14 },
    { size: 10, minSize: 7.5, font: 'bold' },
  );
  return y + 22;
}

/** A row of label-over-value pairs; an empty value leaves the row's room for handwriting. */
function drawFactRow(doc: Doc, row: Fact[], y: number): number {
  const columns = row.reduce((sum, fact) => sum + (fact.span ?? 1), 0);
  const columnWidth = width(doc) / columns;
  const gap = 10;
  let x = left(doc);
  for (const fact of row) {
    const w = columnWidth * (fact.span ?? 1) - gap;
    doc.font('regular').fontSize(7).fillColor(muted);
    doc.text(fact.label, x, y, { width: w, lineBreak: false });
    if (fact.value) {
      fitText(doc, fact.value, { x, y: y + 9, w, h: 14 }, { size: 10, minSize: 7.5 });
    }
    x += w + gap;
  }
  return y + 27;
}
