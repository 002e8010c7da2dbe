import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** One page of a PDF as a reader meets it: its text (poppler) and its picture's pixel size. */
export interface PdfPage {
  text: string;
  picture: string;
  width: number;
  height: number;
  /** The size an A4 page must have as a picture at this resolution, upright or turned. */
  a4: { portrait: [number, number]; landscape: [number, number] };
}

/**
 * Renders every page of `pdf` to `${prefix}-N.png` (kept in test-output for a look) and returns
 * each page's text and picture size, so a test asserts what the pictures show. Pictures a
 * previous run left under the same prefix are removed first: a page count that shrank must not
 * leave a stale page behind.
 */
export function renderPdfPages(pdf: string, prefix: string, dpi: number): PdfPage[] {
  const folder = dirname(prefix);
  const name = basename(prefix);
  const isPictureOf = (file: string) => new RegExp(`^${name}-\\d+\\.png$`).test(file);
  mkdirSync(folder, { recursive: true });
  for (const file of readdirSync(folder).filter(isPictureOf)) rmSync(join(folder, file));
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), pdf, prefix]);
  // pdftoppm pads the page number to the width of the page count (page-01 of 12).
  const pictures = readdirSync(folder)
    .filter(isPictureOf)
    .sort((a, b) => pageNumber(a) - pageNumber(b));
  // poppler rounds a page's size in points up to whole pixels.
  const pixels = (points: number) => Math.ceil((points / 72) * dpi);
  const a4 = {
    portrait: [pixels(595.28), pixels(841.89)] as [number, number],
    landscape: [pixels(841.89), pixels(595.28)] as [number, number],
  };
  return pictures.map((file, index) => {
    const picture = join(folder, file);
    const text = execFileSync('pdftotext', [
      ...['-f', String(index + 1), '-l', String(index + 1)],
      ...['-layout', '-enc', 'UTF-8', pdf, '-'],
    ]).toString('utf8');
    return { text, picture, ...pngSize(picture), a4 };
  });
}

const pageNumber = (file: string) => Number(/-(\d+)\.png$/.exec(file)![1]);

/** Width and height from a PNG's header chunk (IHDR: bytes 16–23, big-endian). */
function pngSize(file: string): { width: number; height: number } {
  const header = readFileSync(file).subarray(0, 24);
  if (header.toString('latin1', 12, 16) !== 'IHDR') throw new Error(`${file} is not a PNG`);
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}
