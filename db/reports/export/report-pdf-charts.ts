import { clip, ink, muted, type Doc } from '../../documents/pdf-kit.ts';

/**
 * The charts of the printed report, drawn as vectors (they stay sharp when printed or zoomed
 * and their labels remain text that can be searched and copied). Plain on purpose: one colour
 * per measure, values written beside the marks, light grid lines only where they help reading.
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const chartColours = {
  clients: '#2f6b9a',
  acts: '#d9822b',
  rest: '#9aa5b1',
  grid: '#dde2e7',
  axis: '#8a8a8a',
};

/** A round axis top and step for values up to `max`: 0, 100, 200 … rather than 0, 93, 186 … */
export function niceScale(max: number, ticks = 4): { top: number; step: number } {
  if (max <= 0) return { top: ticks, step: 1 };
  const raw = max / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const normal = raw / magnitude;
  const factor = normal <= 1 ? 1 : normal <= 2 ? 2 : normal <= 2.5 ? 2.5 : normal <= 5 ? 5 : 10;
  const step = Math.max(1, factor * magnitude);
  return { top: Math.ceil(max / step) * step, step };
}

/** Text whose top is placed so that its middle sits at `middle`. */
export function textMiddle(
  doc: Doc,
  value: string,
  x: number,
  middle: number,
  options: PDFKit.Mixins.TextOptions,
) {
  doc.text(value, x, middle - doc.currentLineHeight(true) / 2 + 0.5, {
    lineBreak: false,
    ...options,
  });
}

export function drawChartTitle(doc: Doc, title: string, box: Box): number {
  doc.font('bold').fontSize(9.5).fillColor(ink);
  doc.text(clip(doc, title, box.w), box.x, box.y, { width: box.w, lineBreak: false });
  return box.y + 17;
}

export interface Bar {
  label: string;
  value: number;
  /** Drawn in the muted colour: an aggregate such as "ostatní". */
  isRest?: boolean;
}

/**
 * Horizontal bars, one per item, labels on the left and the value at the end of each bar.
 * Bars are as tall as the box allows, at most `maxBar`; returns the y below the chart.
 */
export function drawHorizontalBars(
  doc: Doc,
  box: Box,
  bars: Bar[],
  style: { colour: string; labelWidth: number; format: (value: number) => string; maxBar?: number },
): number {
  if (bars.length === 0) return box.y;
  const pitch = Math.min(style.maxBar ?? 15, box.h / bars.length);
  const barHeight = pitch * 0.68;
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  doc.font('regular').fontSize(Math.min(8, pitch * 0.62));
  const valueWidth = Math.max(...bars.map((bar) => doc.widthOfString(style.format(bar.value)))) + 4;
  const barX = box.x + style.labelWidth + 6;
  const barSpace = box.w - style.labelWidth - 6 - valueWidth;
  bars.forEach((bar, index) => {
    const middle = box.y + index * pitch + pitch / 2;
    doc.fillColor(bar.isRest ? muted : ink);
    textMiddle(doc, clip(doc, bar.label, style.labelWidth), box.x, middle, {
      width: style.labelWidth,
      align: 'right',
    });
    const length = Math.max(bar.value > 0 ? 1 : 0, (bar.value / max) * barSpace);
    doc
      .rect(barX, middle - barHeight / 2, length, barHeight)
      .fill(bar.isRest ? chartColours.rest : style.colour);
    doc.fillColor(ink);
    textMiddle(doc, style.format(bar.value), barX + length + 3, middle, {});
  });
  // The baseline the bars grow from.
  const bottom = box.y + bars.length * pitch;
  doc
    .lineWidth(0.6)
    .strokeColor(chartColours.axis)
    .moveTo(barX, box.y)
    .lineTo(barX, bottom)
    .stroke();
  return bottom;
}
