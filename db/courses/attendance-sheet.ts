import type { CourseDetail } from '../contract/courses.ts';
import { collect, createPdf, drawPageFurniture } from '../documents/pdf-kit.ts';
import { PristavError } from '../errors.ts';
import { drawCourseGrid } from './attendance-grid.ts';
import type { SheetContext } from './attendance-header.ts';
import { drawLessonSheet } from './attendance-lesson.ts';
import { isEnrolledOn, sheetParticipants } from './attendance-participants.ts';
import { formatDate, sheetText, type SheetLanguage } from './attendance-text.ts';

/**
 * The printable attendance sheet ("prezenční listina"): the lecturer prints it, participants
 * sign it, and the funder audits it. One lesson gives a signature list on A4 portrait; the whole
 * course gives a grid of participants by lessons on A4 landscape.
 */

export interface AttendanceSheetOptions {
  detail: CourseDetail;
  /** One lesson's sheet; omitted (or empty) gives the whole course, lessons as columns. */
  lessonId?: string | undefined;
  /** The EU publicity line every sheet of a funded project must carry. */
  fundingLine: string;
  organisationName: string;
  language: SheetLanguage;
  /** The PDF's creation date; fixed in tests so that the same input gives the same bytes. */
  createdAt?: Date | undefined;
}

export async function renderAttendanceSheet(options: AttendanceSheetOptions): Promise<Buffer> {
  const { detail, language } = options;
  const text = sheetText[language];
  const lesson = options.lessonId ? detail.lessons.find((l) => l.id === options.lessonId) : null;
  if (lesson === undefined) throw new PristavError('NOT_FOUND', { what: options.lessonId ?? '' });
  const title = `${text.title} – ${detail.course.title.normalize('NFC')}`;

  const doc = await createPdf({
    layout: lesson ? 'portrait' : 'landscape',
    // Wide margins are wasted on a form; enough stays for printers that cannot print to the edge.
    margins: lesson
      ? { top: 36, bottom: 52, left: 42, right: 42 }
      : { top: 30, bottom: 48, left: 36, right: 36 },
    lang: language,
    // The course, never a participant: see createPdf.
    title,
    author: options.organisationName.trim(),
    createdAt: options.createdAt,
  });
  const done = collect(doc);
  const ctx: SheetContext = {
    doc,
    detail,
    text,
    language,
    fundingLine: options.fundingLine,
    organisationName: options.organisationName,
  };

  const people = sheetParticipants(detail.participants);
  if (lesson) {
    drawLessonSheet(
      ctx,
      lesson,
      people.filter((person) => isEnrolledOn(person, lesson.date)),
    );
  } else {
    drawCourseGrid(ctx, people);
  }
  // The date before the title: a long title is cut at the end of the line, the date must stay.
  const footer = lesson
    ? `${text.title} · ${formatDate(lesson.date, language)} · ${detail.course.title.normalize('NFC')}`
    : title;
  drawPageFurniture(doc, { footer, pageLabel: text.page });

  doc.end();
  return done;
}
