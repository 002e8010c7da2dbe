import {
  collect,
  createPdf,
  drawPageFurniture,
  hairline,
  ink,
  left,
  muted,
  width,
  type Doc,
} from '../documents/pdf-kit.ts';
import { loadConsentText, type ConsentText } from './consent-texts.ts';

/** The printable GDPR consent form: one A4 PDF in the client's language, signed by hand. */

export type ConsentFormLanguage = 'cs' | 'en' | 'uk' | 'ru' | 'vi' | 'mn';

export interface ConsentFormOptions {
  language: ConsentFormLanguage;
  organisationName: string;
  siteName: string;
  siteTown: string;
  /** Without a client the form has blank lines to fill in by hand. */
  client?: { displayName: string; birthDate: string | null; nationalityName: string };
  /** The PDF's creation date; fixed in tests so that the same input gives the same bytes. */
  createdAt?: Date;
  /** Where the language files live; tests point it at a scratch folder. */
  textsFolder?: string;
  /** The text to print when not the language's current one (the version a client signed). */
  text?: ConsentText;
}

const bodySize = 9.5;
const body = { lineGap: 1.6, paragraphGap: 5 };
/** Handwriting needs room above each line; a printed value sits in the same room. */
const writingHeight = 22;
const rowHeight = writingHeight + 24;
/** Printed in place of a missing organisation or site, to be filled in by hand. */
const blank = '________________';

export async function renderConsentForm(options: ConsentFormOptions): Promise<Buffer> {
  const text = options.text ?? loadConsentText(options.language, options.textsFolder);
  const organisation = options.organisationName.trim() || options.siteName.trim();
  const site = [options.siteName, options.siteTown].map((s) => s.trim()).filter(Boolean);
  const values: Record<string, string> = {
    organisation: organisation || blank,
    site: site.join(', ') || blank,
  };
  // "…je {organisation}." must not print "o.p.s.." for a name that ends in a full stop.
  const fill = (value: string) =>
    keepShortWordsWithNext(value).replace(/\{(\w+)\}(\.?)/g, (_, key: string, dot: string) => {
      const filled = values[key]!;
      return filled.endsWith('.') ? filled : filled + dot;
    });

  const doc = await createPdf({
    margins: { top: 50, bottom: 56, left: 62, right: 62 },
    lang: text.language,
    title: text.title,
    author: organisation,
    createdAt: options.createdAt,
  });
  const done = collect(doc);

  drawHeader(doc, text, organisation, options.organisationName.trim() ? site : site.slice(1));
  for (const paragraph of text.paragraphs) drawParagraph(doc, fill(paragraph));
  drawSignatureBlock(doc, text, fill, options);
  drawFurniture(doc, text, organisation);

  doc.end();
  return done;
}

function drawHeader(doc: Doc, text: ConsentText, organisation: string, siteLine: string[]) {
  const x = left(doc);
  const top = doc.page.margins.top;
  const languageWidth = 140;
  doc.font('regular').fontSize(8.5).fillColor(muted);
  doc.text(text.languageName, x + width(doc) - languageWidth, top + 2, {
    width: languageWidth,
    align: 'right',
  });
  doc.font('bold').fontSize(12).fillColor(ink);
  doc.text(organisation || blank, x, top, { width: width(doc) - languageWidth - 10 });
  if (siteLine.length > 0) {
    doc.font('regular').fontSize(8.5).fillColor(muted).text(siteLine.join(', '));
  }
  const ruleY = doc.y + 6;
  hairline(doc, x, ruleY, width(doc));

  doc.font('bold').fontSize(15).fillColor(ink);
  doc.text(text.title, x, ruleY + 16, { width: width(doc) });
  doc.moveDown(0.25);
  doc.font('regular').fontSize(8).fillColor(muted);
  doc.text(`${text.labels.version} ${text.version} · ${text.authoritativeNote}`, {
    width: width(doc),
  });
  doc.moveDown(1.2);
}

/** "**Heading.** Text" prints the heading in bold, run into the paragraph. */
function drawParagraph(doc: Doc, paragraph: string) {
  const options = { ...body, width: width(doc) };
  const match = /^\*\*(.+?)\*\*\s*([\s\S]*)$/.exec(paragraph);
  doc.fontSize(bodySize).fillColor(ink);
  if (match) {
    doc.font('bold').text(`${match[1]} `, left(doc), doc.y, { ...options, continued: true });
    doc.font('regular').text(match[2]!, options);
  } else {
    doc.font('regular').text(paragraph, left(doc), doc.y, options);
  }
}

function drawSignatureBlock(
  doc: Doc,
  text: ConsentText,
  fill: (value: string) => string,
  options: ConsentFormOptions,
) {
  const x = left(doc);
  const w = width(doc);
  const checkboxIndent = 17;
  const declaration = fill(text.declaration);
  const optionalConsents = text.optionalConsents.map(fill);

  // What the client signs must stay on the page with the signature line.
  doc.fontSize(bodySize);
  const fieldsHeight = 4 * rowHeight + 60;
  const needed =
    doc.font('bold').heightOfString(declaration, { ...body, width: w }) +
    optionalConsents.reduce(
      (sum, item) =>
        sum + doc.font('regular').heightOfString(item, { ...body, width: w - checkboxIndent }),
      0,
    ) +
    fieldsHeight;
  if (doc.y + 10 + needed > doc.page.height - doc.page.margins.bottom) doc.addPage();
  else doc.moveDown(0.6);

  doc.font('bold').fontSize(bodySize).fillColor(ink);
  doc.text(declaration, x, doc.y, { ...body, width: w });
  for (const item of optionalConsents) {
    const y = doc.y + 1;
    doc.lineWidth(0.8).strokeColor(ink);
    doc.rect(x + 1, y + 1, 9, 9).stroke();
    doc.font('regular').text(item, x + checkboxIndent, y, { ...body, width: w - checkboxIndent });
  }

  doc.moveDown(0.8);
  doc.font('bold').fontSize(10.5).fillColor(ink).text(text.labels.clientSection, x, doc.y);
  const gap = 24;
  const half = (w - gap) / 2;
  const client = options.client;
  const labels = text.labels;
  let y = doc.y;
  const cell = (column: 'full' | 0 | 1, label: string, value?: string) =>
    field(doc, column === 1 ? x + half + gap : x, y, column === 'full' ? w : half, label, value);
  cell('full', labels.client, client?.displayName.normalize('NFC'));
  y += rowHeight;
  cell(0, labels.birthDate, client && formatBirthDate(client.birthDate, text));
  cell(1, labels.nationality, client?.nationalityName.normalize('NFC'));
  y += rowHeight;
  cell(0, labels.place, options.siteTown.trim() || undefined);
  cell(1, labels.date);
  // Signatures need more room than printed values.
  y += rowHeight + 10;
  cell(0, labels.signature);
  cell(1, labels.organisation);
  y += rowHeight;
  doc.font('regular').fontSize(7.5).fillColor(muted);
  doc.text(labels.guardianNote, x, y - 6, { width: w });
}

/** One fill-in field: the value (or room for handwriting), a line, the label under the line. */
function field(doc: Doc, x: number, y: number, w: number, label: string, value?: string) {
  const lineY = y + writingHeight;
  if (value) {
    // A long name shrinks rather than being cut off: on a consent form it must be whole.
    let size = 11;
    doc.font('regular');
    while (size > 7 && doc.fontSize(size).widthOfString(value) > w - 4) size -= 0.5;
    doc.fillColor(ink).text(value, x + 2, lineY - size * 1.25, {
      width: w - 4,
      lineBreak: false,
      ellipsis: true,
      height: size * 1.3,
    });
  }
  hairline(doc, x, lineY, w);
  doc.font('regular').fontSize(7.5).fillColor(muted);
  doc.text(label, x, lineY + 3, { width: w, lineBreak: false, ellipsis: true, height: 10 });
}

/**
 * Every page says which text and version it is and that it is page n of m, and later pages
 * repeat the organisation: loose pages of a signed form must still be recognisable.
 */
function drawFurniture(doc: Doc, text: ConsentText, organisation: string) {
  drawPageFurniture(doc, {
    footer: `${text.title} · ${text.labels.version} ${text.version}`,
    pageLabel: text.labels.page,
    runningHead: organisation,
  });
}

/** YYYY-MM-DD the way the form's readers write dates; a year alone stays a year. */
function formatBirthDate(value: string | null, text: ConsentText): string | undefined {
  if (!value) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const date = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const format = { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' } as const;
  return new Intl.DateTimeFormat(text.locale, format).format(date);
}

/**
 * Czech (and Slavic) typesetting never leaves a one-letter word ("v", "k", "a", "і") at the end
 * of a line, nor splits "čl. 6", "170 00" or "10 let"; a no-break space holds them together.
 */
function keepShortWordsWithNext(value: string): string {
  return value
    .replace(/(?<=(?:^|[\s(„«“])\p{L}) /gu, '\u00A0')
    .replace(/(?<=(?:^|[\s(])\p{L}{1,5}\.) (?=\d)/gu, '\u00A0')
    .replace(/(?<=(?:^|[\s(])[\d/]+) (?=[\d\p{L}])/gu, '\u00A0');
}
