import { ink, muted, type Doc } from '../../documents/pdf-kit.ts';
import { chartColours, niceScale, textMiddle, type Box } from './report-pdf-charts.ts';

/** The line chart of the printed report: acts and clients month by month. */

export interface LineSeries {
  label: string;
  colour: string;
  values: number[];
  isDashed?: boolean;
  /**
   * Writes each point's value above or below it (only when the points are few enough to read):
   * one series above, the other below, so that close values do not overwrite each other.
   */
  valueLabels?: 'above' | 'below';
}

/**
 * A line chart over months: a y axis with round ticks and grid lines, one line per series with
 * a dot per month, the months under the axis (the year below the first month and each January)
 * and a legend above the plot on the right.
 */
export function drawLineChart(
  doc: Doc,
  box: Box,
  chart: {
    months: string[];
    monthLabel: (month: string) => string;
    series: LineSeries[];
    format: (value: number) => string;
  },
) {
  const { months, series } = chart;
  const max = Math.max(0, ...series.flatMap((line) => line.values));
  const scale = niceScale(max);
  doc.font('regular').fontSize(7.5);
  const axisWidth = doc.widthOfString(chart.format(scale.top)) + 6;
  const legendHeight = 14;
  const plot = {
    x: box.x + axisWidth,
    y: box.y + legendHeight + 6,
    w: box.w - axisWidth - 4,
    h: box.h - legendHeight - 6 - 26,
  };
  drawLegend(doc, series, box.x + box.w, box.y);

  // Grid and y axis.
  for (let tick = 0; tick <= scale.top; tick += scale.step) {
    const y = plot.y + plot.h - (tick / scale.top) * plot.h;
    doc.lineWidth(0.5).strokeColor(tick === 0 ? chartColours.axis : chartColours.grid);
    doc
      .moveTo(plot.x, y)
      .lineTo(plot.x + plot.w, y)
      .stroke();
    doc.fillColor(muted);
    textMiddle(doc, chart.format(tick), box.x, y, { width: axisWidth - 5, align: 'right' });
  }

  // Months: evenly spaced; under the axis only the months monthLabels picks, so none touch.
  const slot = plot.w / Math.max(1, months.length);
  const xOf = (index: number) => plot.x + slot * (index + 0.5);
  doc.fillColor(muted).fontSize(7.5);
  const labelled = monthLabels(months, slot);
  for (const index of labelled) {
    const month = months[index] ?? '';
    const at = { width: labelRoom, align: 'center' as const, lineBreak: false };
    doc.text(chart.monthLabel(month), xOf(index) - labelRoom / 2, plot.y + plot.h + 4, at);
    if (index === labelled[0] || month.endsWith('-01')) {
      doc.text(month.slice(0, 4), xOf(index) - labelRoom / 2, plot.y + plot.h + 14, at);
    }
  }

  const yOf = (value: number) => plot.y + plot.h - (value / scale.top) * plot.h;
  for (const line of series) {
    doc.lineWidth(1.6).strokeColor(line.colour);
    if (line.isDashed) doc.dash(4, { space: 2.5 });
    line.values.forEach((value, index) => {
      if (index === 0) doc.moveTo(xOf(index), yOf(value));
      else doc.lineTo(xOf(index), yOf(value));
    });
    if (line.values.length > 1) doc.stroke();
    doc.undash();
    line.values.forEach((value, index) => {
      doc.circle(xOf(index), yOf(value), Math.min(2.2, slot / 5)).fill(line.colour);
    });
    if (line.valueLabels && slot >= 26) drawValueLabels(doc, line, xOf, yOf, chart.format);
  }
}

/** Values beside the points, each on a white ground so that a line under it stays readable. */
function drawValueLabels(
  doc: Doc,
  line: LineSeries,
  xOf: (index: number) => number,
  yOf: (value: number) => number,
  format: (value: number) => string,
) {
  doc.font('regular').fontSize(7);
  const height = doc.currentLineHeight(true);
  const floor = yOf(0);
  line.values.forEach((value, index) => {
    // A zero lies on the axis, which says it already; its label would cover the month.
    if (value === 0) return;
    const label = format(value);
    const labelWidth = doc.widthOfString(label);
    const x = xOf(index) - labelWidth / 2;
    const below = yOf(value) + 4;
    const y =
      line.valueLabels === 'above' || below + height > floor ? yOf(value) - height - 3 : below;
    doc.rect(x - 1.5, y, labelWidth + 3, height).fill('#ffffff');
    doc.fillColor(line.colour).text(label, x, y + 0.5, { lineBreak: false });
  });
}

/** The room a month's label takes under the axis; labels are at least this far apart. */
const labelRoom = 32;

/**
 * Which months get a label: every month when there is room, else every 2nd, 3rd, 4th, 6th or
 * 12th month of the calendar (so that each January is among them and the steps stay even), or
 * only the Januaries of every few years; the first month is always labelled (it carries the
 * year), and a grid label too close after it is left out.
 */
export function monthLabels(months: string[], slot: number): number[] {
  const step = [1, 2, 3, 4, 6, 12].find((n) => n * slot >= labelRoom);
  const years = step === undefined ? Math.ceil(labelRoom / (12 * slot)) : 1;
  const isOnGrid = (month: string) => {
    const index = Number(month.slice(5, 7)) - 1;
    if (step !== undefined) return index % step === 0;
    return index === 0 && Number(month.slice(0, 4)) % years === 0;
  };
  const picked = months.flatMap((month, index) => (isOnGrid(month) ? [index] : []));
  if (picked[0] === 0 || months.length === 0) return picked;
  return [0, ...picked.filter((index) => index * slot >= labelRoom)];
}

/** Coloured keys with their labels, right-aligned to `right`. */
function drawLegend(doc: Doc, series: LineSeries[], right: number, top: number) {
  doc.font('regular').fontSize(8);
  let x = right;
  for (const line of [...series].reverse()) {
    const labelWidth = doc.widthOfString(line.label);
    x -= labelWidth;
    doc.fillColor(ink);
    textMiddle(doc, line.label, x, top + 6, {});
    x -= 20;
    doc.lineWidth(1.6).strokeColor(line.colour);
    if (line.isDashed) doc.dash(4, { space: 2.5 });
    doc
      .moveTo(x, top + 6)
      .lineTo(x + 16, top + 6)
      .stroke();
    doc.undash();
    doc.circle(x + 8, top + 6, 2.2).fill(line.colour);
    x -= 14;
  }
}
