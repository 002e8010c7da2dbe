import type { Cell, ReportTables } from './report-tables.ts';

/**
 * The report as one CSV file the way Czech Excel opens it by double-click: UTF-8 with a BOM
 * (without it Excel reads Windows-1250 and breaks every "ř"), `;` between fields (`,` is the
 * decimal separator in Czech), decimal commas, CRLF line ends. Each table is a section: its
 * heading on a line, the header line, the rows, then a blank line.
 */

const bom = '\uFEFF';
const separator = ';';
const lineEnd = '\r\n';

/** Quotes a field that holds the separator, a quote, a line break or edge spaces. */
function field(value: string): string {
  return /[";\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Integers as they are, fractions with a decimal comma; no thousands separator (Excel sums). */
function cell(value: Cell): string {
  return typeof value === 'number' ? String(value).replace('.', ',') : field(value);
}

const line = (cells: Cell[]) => cells.map(cell).join(separator) + lineEnd;

export function reportToCsv(tables: ReportTables): Buffer {
  // The summary section carries the period, town and site: no preamble before the sections.
  const parts = [bom];
  for (const table of tables.tables) {
    // A note (what the numbers leave out) goes beside the title, in the next column.
    parts.push(line(table.note ? [table.heading, table.note] : [table.heading]));
    parts.push(line(table.columns.map((column) => column.header)));
    for (const row of table.rows) parts.push(line(row));
    parts.push(lineEnd);
  }
  return Buffer.from(parts.join(''), 'utf8');
}
