import { createRequire } from 'node:module';
import type PDFDocument from 'pdfkit';

/** What every printed document of the app shares: the embedded font, page setup, page footer. */

export type Doc = PDFKit.PDFDocument;

export const ink = '#1a1a1a';
export const muted = '#5a5a5a';
export const rule = '#8a8a8a';

/**
 * DejaVu Sans: one embedded font that has Czech, Vietnamese and Cyrillic (the PDF base fonts
 * have none of Vietnamese or Cyrillic). Resolved through the package so it works when bundled,
 * and only when a document is printed, so that a missing font cannot stop the app from starting.
 */
function fontFiles() {
  const resolve = createRequire(import.meta.url).resolve;
  return {
    regular: resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
    bold: resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  };
}

export interface PdfOptions {
  layout?: 'portrait' | 'landscape';
  margins: { top: number; bottom: number; left: number; right: number };
  /** BCP 47 language of the text, for screen readers and hyphenation-aware viewers. */
  lang: string;
  /** Describes the document, never a person (see below). */
  title: string;
  author: string;
  /** Fixed in tests so that the same input gives the same bytes. */
  createdAt?: Date | undefined;
}

/**
 * pdfkit (with fontkit and its other dependencies, a sizeable share of a start) is loaded
 * when the first document is printed, not when the app or the CLI starts: most runs never
 * print. The promise is kept, so the library is loaded once.
 */
let pdfKit: Promise<typeof PDFDocument> | undefined;
function loadPdfKit(): Promise<typeof PDFDocument> {
  pdfKit ??= import('pdfkit').then((module) => module.default);
  return pdfKit;
}

/** An A4 document with the fonts registered as 'regular' and 'bold', pages kept for the footer. */
export async function createPdf(options: PdfOptions): Promise<Doc> {
  const PDFDocumentClass = await loadPdfKit();
  const fonts = fontFiles();
  const doc = new PDFDocumentClass({
    size: 'A4',
    layout: options.layout ?? 'portrait',
    margins: options.margins,
    // No default font: not Helvetica, which nothing uses, and not DejaVu by its path either —
    // pdfkit would then re-read and re-parse the font file on every doc.font('regular') (its
    // cache skips a registered name for a font it already holds under another key): a report
    // of 2 400 table rows spent 3 s on it. The registered font is set below instead.
    font: '',
    bufferPages: true,
    lang: options.lang,
    displayTitle: true,
    // Metadata describes the document, never the person: PDF properties are shown and indexed
    // by file managers and mail clients where the page content is not.
    info: {
      Title: options.title,
      Author: options.author,
      Creator: 'Přístav',
      CreationDate: options.createdAt ?? new Date(),
    },
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  doc.font('regular');
  return doc;
}

/** The finished bytes; call before drawing so that no chunk is missed, then `doc.end()`. */
export function collect(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

export const left = (doc: Doc) => doc.page.margins.left;
export const width = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
/** The lowest y that content may reach before the bottom margin. */
export const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

export function hairline(doc: Doc, x: number, y: number, w: number) {
  doc.lineWidth(0.6).strokeColor(rule);
  doc.moveTo(x, y).lineTo(x + w, y);
  doc.stroke();
}

/**
 * Text that must stay whole inside a box (a name in a table cell): it shrinks down to minSize,
 * then wraps within the box, and only what still does not fit ends in an ellipsis.
 * Vertically centred, so that rows of different heights still read as one line.
 */
export function fitText(
  doc: Doc,
  value: string,
  box: { x: number; y: number; w: number; h: number },
  style: {
    size: number;
    minSize: number;
    font?: 'regular' | 'bold';
    color?: string;
    align?: 'left' | 'center';
  },
) {
  doc.font(style.font ?? 'regular').fillColor(style.color ?? ink);
  let size = style.size;
  while (size > style.minSize && doc.fontSize(size).widthOfString(value) > box.w) size -= 0.5;
  doc.fontSize(size);
  const lineHeight = doc.currentLineHeight(true);
  const oneLine = doc.widthOfString(value) <= box.w;
  const lines = oneLine ? 1 : Math.max(1, Math.min(2, Math.floor(box.h / lineHeight)));
  const textHeight = lines * lineHeight;
  doc.text(value, box.x, box.y + (box.h - textHeight) / 2, {
    width: box.w,
    height: textHeight,
    lineBreak: !oneLine,
    ellipsis: true,
    align: style.align ?? 'left',
  });
}

/**
 * Every page says that it is page n of m (loose pages of a signed document must still be put
 * back in order), with a short identifying line; later pages can repeat a running head.
 */
export function drawPageFurniture(
  doc: Doc,
  furniture: { footer: string; pageLabel: string; runningHead?: string },
) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would otherwise make pdfkit open a new page.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const x = left(doc);
    doc.font('regular').fontSize(7.5).fillColor(muted);
    if (i > start && furniture.runningHead) {
      doc.text(furniture.runningHead, x, 28, {
        width: width(doc),
        lineBreak: false,
        ellipsis: true,
      });
    }
    const y = doc.page.height - 34;
    doc.text(clip(doc, furniture.footer, width(doc) - 80), x, y, {
      width: width(doc) - 80,
      lineBreak: false,
    });
    doc.text(`${furniture.pageLabel} ${i - start + 1}/${count}`, x, y, {
      width: width(doc),
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = margin;
  }
}

/** One line cut to a width with "…": a long course title must not run into the page number. */
export function clip(doc: Doc, value: string, w: number): string {
  if (doc.widthOfString(value) <= w) return value;
  let cut = value;
  while (cut.length > 1 && doc.widthOfString(`${cut}…`) > w) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
