import { countryName } from '../contract/countries.ts';
import type { Lesson } from '../contract/courses.ts';
import { bottom, fitText, hairline, ink, left, muted, width } from '../documents/pdf-kit.ts';
import {
  drawCell,
  drawContinuationHeader,
  drawSheetHeader,
  headerFill,
  type SheetContext,
} from './attendance-header.ts';
import type { SheetParticipant } from './attendance-participants.ts';
import { formatDate, formatTimeRange, weekdayName } from './attendance-text.ts';

/** One lesson's sheet (A4 portrait): one row per participant, each signs in their own row. */

/** About 10 mm: a signature needs the height of handwriting plus room for its loops. */
const rowHeight = 28;
const headerHeight = 22;
const sectionHeight = 16;
/** Room for walk-ins, who are enrolled in the app only after the lesson. */
const walkInRows = 5;
const closingHeight = 78;

type Column = 'number' | 'name' | 'nationality' | 'signature';

export function drawLessonSheet(ctx: SheetContext, lesson: Lesson, people: SheetParticipant[]) {
  const { doc, text, language, detail } = ctx;
  const course = detail.course;
  const held = detail.lessons.filter((l) => !l.isCancelled);
  const number = held.findIndex((l) => l.id === lesson.id) + 1;
  const date = formatDate(lesson.date, language);
  let y = drawSheetHeader(ctx, [
    [
      { label: text.date, value: `${weekdayName(lesson.date, language, 'long')} ${date}` },
      { label: text.time, value: formatTimeRange(lesson.start, lesson.end) },
      {
        label: text.lesson,
        value: number > 0 ? text.lessonOf(number, held.length) : text.cancelled,
      },
      { label: text.level, value: course.level },
    ],
    [
      { label: text.venue, value: [course.venue, course.town].filter(Boolean).join(', '), span: 2 },
      { label: text.lecturer, value: course.lecturer.normalize('NFC'), span: 2 },
    ],
  ]);
  if (lesson.isCancelled) {
    doc.font('bold').fontSize(11).fillColor(ink);
    doc.text(text.lessonCancelled, left(doc), y, { width: width(doc) });
    y = doc.y + 8;
  }

  // Column widths: the signature takes what the others leave, about 7 cm on A4.
  const x0 = left(doc);
  const widths: Record<Column, number> = { number: 28, name: 178, nationality: 98, signature: 0 };
  widths.signature = width(doc) - widths.number - widths.name - widths.nationality;
  const order: Column[] = ['number', 'name', 'nationality', 'signature'];
  const columnX = (column: Column) =>
    x0 + order.slice(0, order.indexOf(column)).reduce((sum, c) => sum + widths[c], 0);

  const drawTableHeader = (top: number) => {
    const labels: Record<Column, string> = {
      number: text.number,
      name: text.name,
      nationality: text.nationality,
      signature: text.signature,
    };
    for (const column of order) {
      const box = { x: columnX(column), y: top, w: widths[column], h: headerHeight };
      drawCell(doc, box, headerFill);
      const inner = { ...box, x: box.x + 4, w: box.w - 8 };
      fitText(doc, labels[column], inner, { size: 8.5, minSize: 6.5, font: 'bold' });
    }
    return top + headerHeight;
  };

  /** A new page when the next block does not fit, with the table heading repeated. */
  const makeRoom = (needed: number) => {
    if (y + needed <= bottom(doc)) return;
    doc.addPage();
    y = drawTableHeader(drawContinuationHeader(ctx, date));
  };

  const drawRow = (index: number, person?: SheetParticipant) => {
    makeRoom(rowHeight);
    for (const column of order) {
      drawCell(doc, { x: columnX(column), y, w: widths[column], h: rowHeight });
    }
    const inner = (column: Column) => ({
      x: columnX(column) + 4,
      y: y + 1,
      w: widths[column] - 8,
      h: rowHeight - 2,
    });
    fitText(doc, `${index}.`, inner('number'), { size: 9, minSize: 7, color: muted });
    if (person) {
      const name = person.client.displayName.normalize('NFC');
      fitText(doc, name, inner('name'), { size: 10, minSize: 7.5 });
      const nationality = person.client.nationality;
      if (nationality) {
        const value = countryName(nationality, language);
        fitText(doc, value, inner('nationality'), { size: 9, minSize: 7 });
      }
    }
    y += rowHeight;
  };

  y = drawTableHeader(y);
  people.forEach((person, i) => drawRow(i + 1, person));

  // The walk-in section heading never stands alone at the foot of a page.
  makeRoom(sectionHeight + rowHeight);
  const section = { x: x0, y, w: width(doc), h: sectionHeight };
  drawCell(doc, section, '#f2f2f2');
  fitText(
    doc,
    text.walkIns,
    { ...section, x: x0 + 4, w: section.w - 8 },
    {
      size: 8,
      minSize: 7,
      font: 'bold',
    },
  );
  y += sectionHeight;
  for (let i = 1; i <= walkInRows; i++) drawRow(people.length + i);

  makeRoom(closingHeight);
  drawClosing(ctx, y);
}

/** The lecturer confirms the sheet: how many came, and a signature under the printed name. */
function drawClosing(ctx: SheetContext, top: number) {
  const { doc, text } = ctx;
  const x = left(doc);
  const w = width(doc);
  doc.font('regular').fontSize(7.5).fillColor(muted);
  doc.text(text.confirmation, x, top + 5, { width: w, lineBreak: false });

  const lineY = top + 48;
  doc.font('bold').fontSize(10).fillColor(ink);
  const countLabel = `${text.presentCount}:`;
  doc.text(countLabel, x, lineY - 13, { lineBreak: false });
  const countX = x + doc.widthOfString(countLabel) + 6;
  hairline(doc, countX, lineY, 60);

  const signatureX = x + w / 2 + 20;
  const signatureWidth = x + w - signatureX;
  hairline(doc, signatureX, lineY, signatureWidth);
  const lecturer = ctx.detail.course.lecturer.trim().normalize('NFC');
  const label = lecturer ? `${text.lecturerSignature} (${lecturer})` : text.lecturerSignature;
  doc.font('regular').fontSize(7.5).fillColor(muted);
  doc.text(label, signatureX, lineY + 3, {
    width: signatureWidth,
    lineBreak: false,
    ellipsis: true,
    height: 10,
  });
}
