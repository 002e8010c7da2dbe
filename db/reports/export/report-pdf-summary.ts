import type { PeriodReport } from '../../contract/reports.ts';
import { fitText, ink, left, muted, rule, width, type Doc } from '../../documents/pdf-kit.ts';
import { formatNumber } from './report-export-text.ts';
import type { ReportTables } from './report-tables.ts';

/**
 * The top of the printed report's first page: who reports (organisation, site), the funder's
 * publicity line, what period and town the figures cover, then the four key figures.
 */

const cardFill = '#eef2f6';
const cardAccent = '#2f6b9a';

export function drawTitleBlock(doc: Doc, tables: ReportTables, fundingLine: string): number {
  const x = left(doc);
  const w = width(doc);
  let y = doc.page.margins.top;
  if (tables.site)
    fitText(doc, tables.site, { x, y, w, h: 13 }, { size: 9.5, minSize: 7, font: 'bold' });
  y += 17;

  const funding = fundingLine.trim();
  if (funding) {
    const inset = 5;
    doc.font('regular').fontSize(7.5);
    const textHeight = doc.heightOfString(funding, { width: w - 2 * inset, align: 'center' });
    doc.lineWidth(0.5).strokeColor(rule).fillColor('#f5f5f5');
    doc.rect(x, y, w, textHeight + 2 * inset).fillAndStroke();
    doc
      .fillColor(muted)
      .text(funding, x + inset, y + inset, { width: w - 2 * inset, align: 'center' });
    y += textHeight + 2 * inset + 14;
  } else {
    y += 6;
  }

  doc.font('bold').fontSize(19).fillColor(ink);
  doc.text(tables.title, x, y, { width: w, lineBreak: false });
  y += 27;
  const scope = `${tables.period}  ·  ${tables.scope}`;
  fitText(doc, scope, { x, y, w, h: 16 }, { size: 12, minSize: 9, color: ink });
  return y + 26;
}

/** Four cards: third-country clients, their countries of origin, their acts, acts per client. */
export function drawKeyFigures(
  doc: Doc,
  tables: ReportTables,
  report: PeriodReport,
  top: number,
): number {
  const t = tables.text;
  // Each says whom it counts: third-country nationals (the others are in the funder's table).
  const figures = [
    [t.thirdCountryClients, report.clients],
    [t.thirdCountryCountries, report.countries],
    [t.thirdCountryActs, report.acts],
    [t.actsPerClient, report.actsPerClient],
  ] as const;
  const gap = 10;
  const cardWidth = (width(doc) - gap * (figures.length - 1)) / figures.length;
  // Room for a label of two lines: "Úkony klientům z třetích zemí" does not fit on one.
  const height = 62;
  figures.forEach(([label, value], index) => {
    const x = left(doc) + index * (cardWidth + gap);
    doc.rect(x, top, cardWidth, height).fill(cardFill);
    doc.rect(x, top, 3, height).fill(cardAccent);
    doc.font('bold').fontSize(21).fillColor(ink);
    doc.text(formatNumber(value, tables.lang), x + 12, top + 7, {
      width: cardWidth - 18,
      lineBreak: false,
    });
    doc.font('regular').fontSize(8.5).fillColor(muted);
    doc.text(label, x + 12, top + 34, { width: cardWidth - 18, height: 22, ellipsis: true });
  });
  return top + height + 18;
}
