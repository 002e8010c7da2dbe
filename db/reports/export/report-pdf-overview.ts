import { countryName } from '../../contract/countries.ts';
import { left, muted, width, type Doc } from '../../documents/pdf-kit.ts';
import { chartColours, drawChartTitle, drawHorizontalBars, type Bar } from './report-pdf-charts.ts';
import { drawLineChart } from './report-pdf-line-chart.ts';
import { formatNumber, formatShortMonth } from './report-export-text.ts';
import type { ReportExportSource, ReportTables } from './report-tables.ts';

/**
 * The charts of the first page: clients by nationality and by town side by side, then acts and
 * clients month by month across the page.
 */

/** More bars than this and the chart shows the largest ones and "others" (the table has all). */
const nationalityBars = 12;
const townBars = 8;
const barPitch = 16;
const columnGap = 22;

/** The largest countries, then one bar for the rest: their clients add up, as each has one. */
export function nationalityChartBars(source: ReportExportSource, tables: ReportTables): Bar[] {
  const rows = source.report.byNationality;
  const bars: Bar[] = rows.map((row) => ({
    label: countryName(row.country, tables.lang),
    value: row.clients,
  }));
  if (bars.length <= nationalityBars + 1) return bars;
  const rest = rows.slice(nationalityBars);
  return [
    ...bars.slice(0, nationalityBars),
    {
      label: tables.text.others.replace('{count}', String(rest.length)),
      value: rest.reduce((sum, row) => sum + row.clients, 0),
      isRest: true,
    },
  ];
}

export function drawOverviewCharts(
  doc: Doc,
  source: ReportExportSource,
  tables: ReportTables,
  top: number,
): number {
  const t = tables.text;
  const x = left(doc);
  const w = width(doc);
  const format = (value: number) => formatNumber(value, tables.lang);
  const leftWidth = (w - columnGap) * 0.54;
  const rightWidth = w - columnGap - leftWidth;
  const rightX = x + leftWidth + columnGap;

  const countries = nationalityChartBars(source, tables);
  const towns = source.report.byTown.slice(0, townBars);
  const townGroup = 14 + towns.length * 13;
  const rowHeight = Math.max(countries.length * barPitch, 2 * townGroup + 8, 60);

  let y = drawChartTitle(doc, t.charts.nationalities, { x, y: top, w: leftWidth, h: 0 });
  if (countries.length === 0) noRecords(doc, t.none, x, y);
  drawHorizontalBars(doc, { x, y, w: leftWidth, h: countries.length * barPitch }, countries, {
    colour: chartColours.clients,
    labelWidth: 108,
    format,
  });

  y = drawChartTitle(doc, t.charts.towns, { x: rightX, y: top, w: rightWidth, h: 0 });
  if (towns.length === 0) noRecords(doc, t.none, rightX, y);
  for (const [label, measure, colour] of [
    [t.clients, 'clients', chartColours.clients],
    [t.acts, 'acts', chartColours.acts],
  ] as const) {
    if (towns.length === 0) break;
    doc.font('regular').fontSize(8).fillColor(muted);
    doc.text(label, rightX, y, { lineBreak: false });
    const bars = towns.map((town) => ({ label: town.town || '—', value: town[measure] }));
    drawHorizontalBars(doc, { x: rightX, y: y + 12, w: rightWidth, h: towns.length * 13 }, bars, {
      colour,
      labelWidth: 92,
      format,
      maxBar: 13,
    });
    y += townGroup + 8;
  }
  if (source.report.byTown.length > townBars) {
    const more = source.report.byTown.length - townBars;
    doc.font('regular').fontSize(7.5).fillColor(muted);
    doc.text(t.moreTowns.replace('{count}', String(more)), rightX, y - 4, { lineBreak: false });
  }

  y = top + 17 + rowHeight + 18;
  y = drawChartTitle(doc, t.charts.months, { x, y, w, h: 0 });
  const chartHeight = 215;
  drawLineChart(
    doc,
    { x, y, w, h: chartHeight },
    {
      months: source.months.map((row) => row.month),
      monthLabel: (month) => formatShortMonth(month, tables.lang),
      format,
      series: [
        {
          label: t.acts,
          colour: chartColours.acts,
          values: source.months.map((row) => row.acts),
          valueLabels: 'above',
        },
        {
          label: t.clients,
          colour: chartColours.clients,
          values: source.months.map((row) => row.clients),
          isDashed: true,
          valueLabels: 'below',
        },
      ],
    },
  );
  return y + chartHeight + 16;
}

function noRecords(doc: Doc, text: string, x: number, y: number) {
  doc.font('regular').fontSize(8.5).fillColor(muted);
  doc.text(text, x, y, { lineBreak: false });
}
