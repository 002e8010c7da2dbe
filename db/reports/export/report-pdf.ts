import type { Language } from '../../contract/language.ts';
import {
  bottom,
  clip,
  collect,
  createPdf,
  drawPageFurniture,
  left,
  muted,
  width,
  type Doc,
} from '../../documents/pdf-kit.ts';
import { formatDay } from './report-export-text.ts';
import { drawOverviewCharts } from './report-pdf-overview.ts';
import { drawKeyFigures, drawTitleBlock } from './report-pdf-summary.ts';
import { drawTable, goToPage, type Cursor, type TableStyle } from './report-pdf-tables.ts';
import {
  buildReportTables,
  type ReportExportSource,
  type ReportTable,
  type ReportTables,
  type TableId,
} from './report-tables.ts';

/**
 * The period report as a PDF to attach to a report for the funder: the first page gives who,
 * when and where, the key figures and the charts; the tables follow from the second page, in
 * two columns with the wide table of towns across the page below them.
 */

const margins = { top: 36, bottom: 50, left: 42, right: 42 };
/** Below the running head that drawPageFurniture writes at the top of later pages. */
const laterPageTop = 50;
const columnGap = 18;

/** Which tables go where on the table pages (the summary is the first page's key figures). */
const layout: { columns: [TableId[], TableId[]]; across: TableId[] } = {
  columns: [['nationalities'], ['serviceTypes', 'courses', 'anonymous', 'months']],
  across: ['towns'],
};

export async function reportToPdf(
  source: ReportExportSource,
  lang: Language,
  options: { createdAt?: Date | undefined } = {},
): Promise<Buffer> {
  const tables = buildReportTables(source, lang);
  const createdAt = options.createdAt ?? new Date();
  const heading = `${tables.title} ${tables.period}`;
  const doc = createPdf({
    margins,
    lang,
    title: heading,
    author: tables.site || 'Přístav',
    createdAt,
  });
  const done = collect(doc);

  let y = drawTitleBlock(doc, tables, source.fundingLine);
  y = drawKeyFigures(doc, tables, source.report, y);
  y = drawOverviewCharts(doc, source, tables, y);
  const created = tables.text.generated.replace(
    '{date}',
    formatDay(createdAt.toISOString().slice(0, 10), lang),
  );
  drawCountingNote(doc, `${tables.text.countingNote} ${created}.`, y);

  doc.addPage();
  drawTablePages(doc, tables);

  const footer = [heading, source.report.town === null ? '' : tables.scope, tables.site]
    .filter(Boolean)
    .join(' · ');
  // Clipped here: the running head must stay one line above the content of later pages.
  doc.font('regular').fontSize(7.5);
  const runningHead = clip(doc, footer, width(doc));
  drawPageFurniture(doc, { footer, pageLabel: tables.text.page, runningHead });
  doc.end();
  return done;
}

/** How the figures were counted, at the foot of the first page (where the funder reads them). */
function drawCountingNote(doc: Doc, note: string, y: number) {
  doc.font('regular').fontSize(7.5).fillColor(muted);
  const height = doc.heightOfString(note, { width: width(doc) });
  const at = Math.max(y, bottom(doc) - height);
  if (at + height <= bottom(doc)) doc.text(note, left(doc), at, { width: width(doc) });
}

function drawTablePages(doc: Doc, tables: ReportTables) {
  const style: TableStyle = {
    lang: tables.lang,
    pageTop: laterPageTop,
    continued: tables.text.continued,
    empty: tables.text.none,
  };
  const byId = (id: TableId) => tables.tables.find((table) => table.id === id) as ReportTable;
  const page = doc.bufferedPageRange().count - 1;
  const columnWidth = (width(doc) - columnGap) / 2;
  const starts: Cursor[] = [
    { page, x: left(doc), w: columnWidth, y: laterPageTop },
    { page, x: left(doc) + columnWidth + columnGap, w: columnWidth, y: laterPageTop },
  ];
  const ends = layout.columns.map((ids, index) =>
    ids.reduce((cursor, id) => drawTable(doc, byId(id), cursor, style), starts[index] as Cursor),
  );
  // Across the page below whichever column ended lower.
  const last = ends.reduce((a, b) => (a.page > b.page || (a.page === b.page && a.y > b.y) ? a : b));
  let cursor: Cursor = { page: last.page, x: left(doc), w: width(doc), y: last.y };
  for (const id of layout.across) cursor = drawTable(doc, byId(id), cursor, style);
  goToPage(doc, cursor.page);
}
