import type { Lesson } from '../contract/courses.ts';
import { bottom, fitText, ink, left, muted, width } from '../documents/pdf-kit.ts';
import {
  drawCell,
  drawContinuationHeader,
  drawSheetHeader,
  headerFill,
  type SheetContext,
} from './attendance-header.ts';
import { isEnrolledOn, type SheetParticipant } from './attendance-participants.ts';
import { formatDate, formatSchedule, formatShortDate, weekdayName } from './attendance-text.ts';

/**
 * The whole course on A4 landscape: participants as rows, lessons as columns. More lessons than
 * fit across a page continue on further pages with the names repeated, so every page is a
 * complete grid the lecturer can tick on its own.
 */

/** About 35 pt a column: wide enough to tick or initial, narrow enough for a term's lessons. */
const lessonsPerPage = 16;
const maxLessonWidth = 64;
const numberWidth = 22;
const nameWidth = 168;
const nationalityWidth = 34;
const headerHeight = 36;
const rowHeight = 24;
const countHeight = 20;
const signatureHeight = 32;
const legendHeight = 16;

const cancelledFill = '#cdcdcd';
/** Lighter than a cancelled lesson: the lesson took place, the person was no longer enrolled. */
const notEnrolledFill = '#ececec';

export function drawCourseGrid(ctx: SheetContext, people: SheetParticipant[]) {
  const { doc, text, language, detail } = ctx;
  const course = detail.course;
  const term = `${formatDate(course.startDate, language)} – ${formatDate(course.endDate, language)}`;
  let y = drawSheetHeader(ctx, [
    [
      { label: text.term, value: term },
      { label: text.schedule, value: formatSchedule(course.schedule, language), span: 2 },
      { label: text.level, value: course.level },
    ],
    [
      { label: text.venue, value: [course.venue, course.town].filter(Boolean).join(', '), span: 2 },
      { label: text.lecturer, value: course.lecturer.normalize('NFC'), span: 2 },
    ],
  ]);
  if (detail.lessons.length === 0) {
    doc.font('bold').fontSize(10).fillColor(ink).text(text.noLessons, left(doc), y);
    y = doc.y + 8;
  }

  const marks = new Map(detail.marks.map((m) => [`${m.lessonId}:${m.clientId}`, m.isPresent]));
  const chunks = splitEvenly(detail.lessons, lessonsPerPage);
  chunks.forEach((lessons, chunkIndex) => {
    const x0 = left(doc);
    const fixedWidth = numberWidth + nameWidth + nationalityWidth;
    const lessonWidth = Math.min(maxLessonWidth, (width(doc) - fixedWidth) / (lessons.length || 1));
    const lessonX = (i: number) => x0 + fixedWidth + i * lessonWidth;
    const range = lessons.length
      ? `${formatDate(lessons[0]!.date, language)} – ${formatDate(lessons.at(-1)!.date, language)}`
      : '';

    const newPage = () => {
      doc.addPage();
      y = drawContinuationHeader(ctx, range);
    };
    const drawGridHeader = () => {
      const labels = [text.number, text.name, text.nationalityShort];
      [numberWidth, nameWidth, nationalityWidth].reduce((x, w, i) => {
        const box = { x, y, w, h: headerHeight };
        drawCell(doc, box, headerFill);
        fitText(
          doc,
          labels[i]!,
          { ...box, x: x + 3, w: w - 6 },
          { size: 8, minSize: 6, font: 'bold' },
        );
        return x + w;
      }, x0);
      lessons.forEach((lesson, i) =>
        drawLessonHeading(ctx, lesson, { x: lessonX(i), y, w: lessonWidth }),
      );
      y += headerHeight;
    };
    /** The first rows of a page, or the closing rows, only where the heading fits above them. */
    const makeRoom = (needed: number) => {
      if (y + needed <= bottom(doc)) return;
      newPage();
      drawGridHeader();
    };

    if (chunkIndex > 0) newPage();
    drawGridHeader();

    people.forEach((person, index) => {
      makeRoom(rowHeight);
      drawLabelCells(ctx, person, index + 1, { x: x0, y });
      lessons.forEach((lesson, i) => {
        const box = { x: lessonX(i), y, w: lessonWidth, h: rowHeight };
        if (lesson.isCancelled) return drawCell(doc, box, cancelledFill);
        if (!isEnrolledOn(person, lesson.date)) return drawCell(doc, box, notEnrolledFill);
        drawCell(doc, box);
        const present = marks.get(`${lesson.id}:${person.client.id}`);
        // ✓ and – are in DejaVu Sans; a glyph it lacked would print as nothing.
        if (present === true)
          fitText(doc, '✓', box, { size: 12, minSize: 12, font: 'bold', align: 'center' });
        if (present === false)
          fitText(doc, '–', box, { size: 11, minSize: 11, color: muted, align: 'center' });
      });
      y += rowHeight;
    });

    // The count and the lecturer's signature close each lesson's column, and stay together.
    makeRoom(countHeight + signatureHeight + legendHeight);
    const closingRows = [
      { label: text.presentCount, h: countHeight, value: (l: Lesson) => presentCount(ctx, l) },
      { label: text.lecturerSignature, h: signatureHeight, value: () => '' },
    ];
    for (const row of closingRows) {
      const labelBox = { x: x0, y, w: fixedWidth, h: row.h };
      drawCell(doc, labelBox, '#f2f2f2');
      fitText(
        doc,
        row.label,
        { ...labelBox, x: x0 + 4, w: fixedWidth - 8 },
        {
          size: 8.5,
          minSize: 7,
          font: 'bold',
        },
      );
      lessons.forEach((lesson, i) => {
        const box = { x: lessonX(i), y, w: lessonWidth, h: row.h };
        drawCell(doc, box, lesson.isCancelled ? cancelledFill : undefined);
        const value = lesson.isCancelled ? '' : row.value(lesson);
        if (value) fitText(doc, value, box, { size: 9, minSize: 9, align: 'center' });
      });
      y += row.h;
    }
    doc.font('regular').fontSize(7).fillColor(muted);
    doc.text(text.legend, x0, y + 5, { width: width(doc), lineBreak: false });
    y += legendHeight;
  });
}

/** Date, weekday and start of a lesson; "zrušeno" under a cancelled one. */
function drawLessonHeading(
  ctx: SheetContext,
  lesson: Lesson,
  column: { x: number; y: number; w: number },
) {
  const { doc, text, language } = ctx;
  const box = { ...column, h: headerHeight };
  drawCell(doc, box, lesson.isCancelled ? cancelledFill : headerFill);
  const inner = (y: number, h: number) => ({ x: box.x + 2, y: box.y + y, w: box.w - 4, h });
  const date = formatShortDate(lesson.date, language);
  fitText(doc, date, inner(2, 11), { size: 8, minSize: 6, font: 'bold', align: 'center' });
  const when = `${weekdayName(lesson.date, language, 'short')} ${lesson.start}`;
  fitText(doc, when, inner(13, 10), { size: 6.5, minSize: 5, color: muted, align: 'center' });
  if (lesson.isCancelled) {
    fitText(doc, text.cancelled, inner(23, 10), {
      size: 6.5,
      minSize: 5,
      font: 'bold',
      align: 'center',
    });
  }
}

/** Number, name (with the day they left, if they did) and nationality code of one row. */
function drawLabelCells(
  ctx: SheetContext,
  person: SheetParticipant,
  index: number,
  at: { x: number; y: number },
) {
  const { doc, text, language } = ctx;
  const cells = [numberWidth, nameWidth, nationalityWidth];
  cells.reduce((x, w) => {
    drawCell(doc, { x, y: at.y, w, h: rowHeight });
    return x + w;
  }, at.x);
  const inner = (x: number, w: number, y = 1, h = rowHeight - 2) => ({
    x: x + 3,
    y: at.y + y,
    w: w - 6,
    h,
  });
  fitText(doc, `${index}.`, inner(at.x, numberWidth), { size: 8, minSize: 6, color: muted });
  const nameX = at.x + numberWidth;
  const name = person.client.displayName.normalize('NFC');
  if (person.leftOn) {
    fitText(doc, name, inner(nameX, nameWidth, 1, 13), { size: 9, minSize: 6.5 });
    const leftLine = `${text.leftOn} ${formatDate(person.leftOn, language)}`;
    fitText(doc, leftLine, inner(nameX, nameWidth, 13, 9), {
      size: 6.5,
      minSize: 5.5,
      color: muted,
    });
  } else {
    fitText(doc, name, inner(nameX, nameWidth), { size: 9, minSize: 6.5 });
  }
  const code = person.client.nationality;
  if (code) {
    const box = inner(nameX + nameWidth, nationalityWidth);
    fitText(doc, code, box, { size: 8, minSize: 6, align: 'center' });
  }
}

/** Filled in only once attendance was marked for the lesson; until then the lecturer writes it. */
function presentCount(ctx: SheetContext, lesson: Lesson): string {
  const forLesson = ctx.detail.marks.filter((mark) => mark.lessonId === lesson.id);
  if (forLesson.length === 0) return '';
  return String(forLesson.filter((mark) => mark.isPresent).length);
}

/** Pages of at most `size` lessons, as even as possible: 20 lessons make 10 + 10, not 16 + 4. */
function splitEvenly<T>(items: T[], size: number): T[][] {
  if (items.length === 0) return [[]];
  const pages = Math.ceil(items.length / size);
  const perPage = Math.ceil(items.length / pages);
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += perPage) chunks.push(items.slice(i, i + perPage));
  return chunks;
}
