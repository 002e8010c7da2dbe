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

/**
 * Which tables go where on the table pages (the summary is the first page's key figures): two
 * columns, across the page the towns and the funder's further figures (long labels), then the
 * clients by sex, age, residence and the referrals in two columns again.
 */
const layout: {
  columns: [TableId[], TableId[]];
  across: TableId[];
  profile: [TableId[], TableId[]];
} = {
  columns: [['nationalities'], ['serviceTypes', 'courses', 'anonymous', 'months']],
  across: ['towns', 'funder'],
  profile: [
    ['sexes', 'ageGroups'],
    ['residence', 'referrals'],
  ],
};
/** Below this much room left on the page the two columns of profiles start on the next one. */
const profileBlockStart = 160;

export async function reportToPdf(
  source: ReportExportSource,
  lang: Language,
  options: { createdAt?: Date | undefined } = {},
): Promise<Buffer> {
  const tables = buildReportTables(source, lang);
  const createdAt = options.createdAt ?? new Date();
  const heading = `${tables.title} ${tables.period}`;
  const doc = await createPdf({
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

/** About how tall a table is drawn whole: heading, note, header and rows (report-pdf-tables). */
const wholeTableHeight = (table: ReportTable) => 60 + 13.5 * table.rows.length;

function drawTablePages(doc: Doc, tables: ReportTables) {
  const style: TableStyle = {
    lang: tables.lang,
    pageTop: laterPageTop,
    continued: tables.text.continued,
    empty: tables.text.none,
  };
  const byId = (id: TableId) => tables.tables.find((table) => table.id === id) as ReportTable;
  const columnWidth = (width(doc) - columnGap) / 2;
  const twoColumns = (columns: [TableId[], TableId[]], page: number, y: number): Cursor => {
    const starts: Cursor[] = [
      { page, x: left(doc), w: columnWidth, y },
      { page, x: left(doc) + columnWidth + columnGap, w: columnWidth, y },
    ];
    const ends = columns.map((ids, index) =>
      ids.reduce((cursor, id) => drawTable(doc, byId(id), cursor, style), starts[index] as Cursor),
    );
    // What follows goes below whichever column ended lower.
    const last = ends.reduce((a, b) =>
      a.page > b.page || (a.page === b.page && a.y > b.y) ? a : b,
    );
    return { page: last.page, x: left(doc), w: width(doc), y: last.y };
  };
  let cursor = twoColumns(layout.columns, doc.bufferedPageRange().count - 1, laterPageTop);
  for (const id of layout.across) {
    // The funder's few figures read as one block: rather on the next page than split.
    if (id === 'funder' && cursor.y + wholeTableHeight(byId(id)) > bottom(doc)) {
      cursor = { ...cursor, page: cursor.page + 1, y: laterPageTop };
      goToPage(doc, cursor.page);
    }
    cursor = drawTable(doc, byId(id), cursor, style);
  }
  // Both columns start on one page, so they stay side by side.
  if (cursor.y + profileBlockStart > bottom(doc)) {
    cursor = { ...cursor, page: cursor.page + 1, y: laterPageTop };
    goToPage(doc, cursor.page);
  }
  cursor = twoColumns(layout.profile, cursor.page, cursor.y);
  goToPage(doc, cursor.page);
}
