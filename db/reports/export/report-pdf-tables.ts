import { bottom, clip, ink, muted, type Doc } from '../../documents/pdf-kit.ts';
import type { Language } from '../../contract/language.ts';
import { formatNumber } from './report-export-text.ts';
import type { ReportTable } from './report-tables.ts';

/**
 * The report's tables on paper, flowing down a column of the page: a table that reaches the
 * bottom continues at the top of the same column on the next page, its header repeated.
 */

/** Where the next block goes: a page, a column (x, w) and the y on that page. */
export interface Cursor {
  page: number;
  x: number;
  w: number;
  y: number;
}

export interface TableStyle {
  lang: Language;
  /** The y where content starts on a page after the first (below the running head). */
  pageTop: number;
  continued: string;
  empty: string;
}

const headingHeight = 17;
const headerHeight = 16;
const noteHeight = 10;
const rowHeight = 13.5;
const padding = 4;
const headerFill = '#e4e9ee';
const stripeFill = '#f4f6f8';
const lineColour = '#b8c0c8';

/** Moves to page `index`, adding it when it does not exist yet (pages are buffered). */
export function goToPage(doc: Doc, index: number) {
  const { start, count } = doc.bufferedPageRange();
  if (index < start + count) doc.switchToPage(index);
  else doc.addPage();
}

const cellText = (value: string | number, lang: Language) =>
  typeof value === 'number' ? formatNumber(value, lang) : value;

/** The first column takes what the others leave; the others are as wide as their content. */
function columnWidths(doc: Doc, table: ReportTable, total: number, lang: Language): number[] {
  const widths = table.columns.map((column, index) => {
    doc.font('bold').fontSize(8);
    const header = doc.widthOfString(column.header);
    doc.font('regular').fontSize(8.5);
    const values = table.rows.map((row) => doc.widthOfString(cellText(row[index] ?? '', lang)));
    return Math.max(column.isNumeric ? 34 : 22, header, ...values) + 2 * padding;
  });
  const rest = total - widths.slice(1).reduce((sum, w) => sum + w, 0);
  widths[0] = Math.max(60, rest);
  return widths;
}

function drawRow(
  doc: Doc,
  table: ReportTable,
  cells: string[],
  widths: number[],
  at: { x: number; y: number; h: number },
  isHeader: boolean,
) {
  doc
    .font(isHeader ? 'bold' : 'regular')
    .fontSize(isHeader ? 8 : 8.5)
    .fillColor(ink);
  const textY = at.y + (at.h - doc.currentLineHeight(true)) / 2 + 0.5;
  let x = at.x;
  cells.forEach((value, index) => {
    const w = widths[index] ?? 0;
    const isNumeric = table.columns[index]?.isNumeric ?? false;
    doc.text(clip(doc, value, w - 2 * padding), x + padding, textY, {
      width: w - 2 * padding,
      align: isNumeric ? 'right' : 'left',
      lineBreak: false,
    });
    x += w;
  });
}

/** Draws one table from the cursor on, continuing on later pages; returns where it ended. */
export function drawTable(doc: Doc, table: ReportTable, start: Cursor, style: TableStyle): Cursor {
  let cursor = { ...start };
  const widths = columnWidths(doc, table, cursor.w, style.lang);
  const nextPage = () => {
    cursor = { ...cursor, page: cursor.page + 1, y: style.pageTop };
    goToPage(doc, cursor.page);
  };
  const header = (title: string, note?: string) => {
    doc.font('bold').fontSize(10).fillColor(ink);
    doc.text(clip(doc, title, cursor.w), cursor.x, cursor.y, { width: cursor.w, lineBreak: false });
    cursor.y += headingHeight;
    if (note) {
      doc.font('regular').fontSize(7.5).fillColor(muted);
      doc.text(note, cursor.x, cursor.y - 3, { width: cursor.w });
      cursor.y += doc.heightOfString(note, { width: cursor.w }) + 2;
    }
    if (table.rows.length === 0) return;
    doc.rect(cursor.x, cursor.y, cursor.w, headerHeight).fill(headerFill);
    drawRow(
      doc,
      table,
      table.columns.map((c) => c.header),
      widths,
      { x: cursor.x, y: cursor.y, h: headerHeight },
      true,
    );
    cursor.y += headerHeight;
  };

  // Keep the heading with its header and the first rows: no orphaned title at a page's foot.
  const firstBlock =
    headingHeight + noteHeight + headerHeight + rowHeight * Math.min(3, table.rows.length);
  goToPage(doc, cursor.page);
  if (cursor.y + firstBlock > bottom(doc)) nextPage();
  header(table.heading, table.note);
  if (table.rows.length === 0) {
    doc.font('regular').fontSize(8.5).fillColor(muted);
    doc.text(style.empty, cursor.x, cursor.y, { width: cursor.w, lineBreak: false });
    return { ...cursor, y: cursor.y + rowHeight + 12 };
  }
  table.rows.forEach((row, index) => {
    if (cursor.y + rowHeight > bottom(doc)) {
      nextPage();
      header(`${table.heading} (${style.continued})`);
    }
    if (index % 2 === 1) doc.rect(cursor.x, cursor.y, cursor.w, rowHeight).fill(stripeFill);
    drawRow(
      doc,
      table,
      row.map((value) => cellText(value, style.lang)),
      widths,
      { x: cursor.x, y: cursor.y, h: rowHeight },
      false,
    );
    cursor.y += rowHeight;
  });
  doc.lineWidth(0.6).strokeColor(lineColour);
  doc
    .moveTo(cursor.x, cursor.y)
    .lineTo(cursor.x + cursor.w, cursor.y)
    .stroke();
  return { ...cursor, y: cursor.y + 14 };
}
