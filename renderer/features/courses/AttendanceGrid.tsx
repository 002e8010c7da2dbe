import { VisuallyHidden } from '@mantine/core';
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso, type CourseDetail } from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { AttendanceHeadCell } from './AttendanceHeadCell.tsx';
import { currentLessonIndex, isCellEditable, isEnrolledOn } from './attendance-model.ts';
import { formatRate, lessonDay } from './course-format.ts';
import type { AttendanceDraft } from './use-attendance-draft.ts';

interface AttendanceGridProps {
  detail: CourseDetail;
  draft: AttendanceDraft;
  /** The letter that marks everyone present in the lesson of the focused cell. */
  allKey: string;
}

interface Position {
  row: number;
  col: number;
}

/**
 * Participants × lessons, one tab stop (roving tabindex): arrows move, Space or Enter toggles
 * present/absent, the letter key marks everyone present, Ctrl+S saves the lesson. Leaving a
 * lesson's column, or the grid, saves that lesson; until then its ticks carry an asterisk.
 */
export function AttendanceGrid({ detail, draft, allKey }: AttendanceGridProps) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const { lessons, participants } = detail;
  const [active, setActive] = useState<Position>(() => ({
    row: 0,
    col: currentLessonIndex(lessons, todayIso()),
  }));
  const scrollRef = useRef<HTMLDivElement>(null);
  const today = todayIso();
  const row = Math.min(active.row, participants.length - 1);
  const col = Math.min(active.col, lessons.length - 1);

  // Open at the current lesson, not at the course's first week.
  useEffect(() => {
    const container = scrollRef.current;
    const head = container?.querySelector<HTMLElement>('[data-current-lesson]');
    const sticky = container?.querySelector<HTMLElement>('.attendance-rate-head');
    if (!container || !head) return;
    const stickyEnd = (sticky?.offsetLeft ?? 0) + (sticky?.offsetWidth ?? 0);
    container.scrollLeft = Math.max(0, head.offsetLeft - stickyEnd - 2 * head.offsetWidth);
  }, []);

  const cellAt = (position: Position) =>
    scrollRef.current?.querySelector<HTMLElement>(
      `[data-row="${position.row}"][data-col="${position.col}"]`,
    );

  const moveTo = (position: Position) => {
    const target = {
      row: Math.max(0, Math.min(position.row, participants.length - 1)),
      col: Math.max(0, Math.min(position.col, lessons.length - 1)),
    };
    cellAt(target)?.focus();
  };

  const onCellFocus = (position: Position) => {
    // Moving to another lesson saves the one left behind.
    const left = lessons[col];
    if (position.col !== col && left) void draft.save(left.id);
    setActive(position);
  };

  const toggle = (position: Position) => {
    const lesson = lessons[position.col];
    const participant = participants[position.row];
    if (lesson && participant && isCellEditable(lesson, participant)) {
      draft.toggle(lesson.id, participant.client.id);
    }
  };

  const markAllPresent = (lessonIndex: number) => {
    const lesson = lessons[lessonIndex];
    if (!lesson || lesson.isCancelled) return;
    const ids = participants.filter((p) => isEnrolledOn(p, lesson.date)).map((p) => p.client.id);
    draft.markAllPresent(lesson.id, ids);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (!(event.target instanceof HTMLElement) || event.target.dataset.row === undefined) return;
    const isCommand = event.ctrlKey || event.metaKey;
    const lesson = lessons[col];
    const participant = participants[row];
    const handled = () => event.preventDefault();
    if (event.key === 'ArrowRight') moveTo({ row, col: col + 1 });
    else if (event.key === 'ArrowLeft') moveTo({ row, col: col - 1 });
    else if (event.key === 'ArrowDown') moveTo({ row: row + 1, col });
    else if (event.key === 'ArrowUp') moveTo({ row: row - 1, col });
    else if (event.key === 'Home') moveTo({ row: isCommand ? 0 : row, col: 0 });
    else if (event.key === 'End') {
      moveTo({ row: isCommand ? participants.length - 1 : row, col: lessons.length - 1 });
    } else if ((event.key === ' ' || event.key === 'Enter') && !isCommand) toggle({ row, col });
    else if (isCommand && (event.key.toLowerCase() === 's' || event.key === 'Enter')) {
      if (lesson) void draft.save(lesson.id);
    } else if (!isCommand && event.key.toLowerCase() === allKey) markAllPresent(col);
    else if ((event.key === 'Delete' || event.key === 'Backspace') && lesson && participant) {
      draft.revert(lesson.id, participant.client.id);
    } else return;
    handled();
  };

  // Leaving the grid (Tab, a click elsewhere) saves every lesson ticked.
  const onBlur = (event: FocusEvent<HTMLTableElement>) => {
    if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) {
      return;
    }
    void draft.saveAll();
  };

  const stateText = (isPresent: boolean | undefined) =>
    isPresent === undefined
      ? t('courses.grid.unmarked')
      : isPresent
        ? t('courses.grid.present')
        : t('courses.grid.absent');

  return (
    <div className="attendance-scroll" ref={scrollRef}>
      <table
        role="grid"
        className="attendance-grid"
        aria-label={t('courses.grid.label')}
        aria-rowcount={participants.length + 2}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      >
        <thead>
          <tr>
            <th scope="col" className="attendance-name attendance-corner">
              {t('courses.grid.participant')}
            </th>
            <th
              scope="col"
              className="attendance-rate attendance-rate-head"
              title={t('courses.grid.rateTitle')}
            >
              {t('courses.grid.rate')}
            </th>
            {lessons.map((lesson, index) => (
              <AttendanceHeadCell
                key={lesson.id}
                lesson={lesson}
                isCurrent={index === col}
                isToday={lesson.date === today}
                draft={draft}
                allKey={allKey}
                onAllPresent={() => markAllPresent(index)}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {participants.map((participant, rowIndex) => (
            <tr key={participant.enrolmentId}>
              <th scope="row" className="attendance-name">
                <span className="attendance-person" title={participant.client.displayName}>
                  {participant.client.displayName}
                </span>
                {participant.leftOn && (
                  <span className="attendance-left">
                    {t('courses.participants.leftOn')} {lessonDay(participant.leftOn, language)}
                  </span>
                )}
              </th>
              <td className="attendance-rate">
                {formatRate(participant.attendanceRate, language)}
              </td>
              {lessons.map((lesson, colIndex) => {
                const isEditable = isCellEditable(lesson, participant);
                const cell = draft.valueOf(lesson.id, participant.client.id);
                const position = { row: rowIndex, col: colIndex };
                const isActive = rowIndex === row && colIndex === col;
                return (
                  <td
                    key={lesson.id}
                    role="gridcell"
                    data-row={rowIndex}
                    data-col={colIndex}
                    data-state={
                      !isEditable
                        ? 'locked'
                        : cell.isPresent === undefined
                          ? 'none'
                          : String(cell.isPresent)
                    }
                    data-pending={cell.isPending || undefined}
                    tabIndex={isActive ? 0 : -1}
                    aria-disabled={!isEditable || undefined}
                    aria-selected={isActive}
                    className="attendance-cell"
                    onFocus={() => onCellFocus(position)}
                    onClick={() => toggle(position)}
                  >
                    {isEditable ? (
                      <>
                        <span aria-hidden>
                          {cell.isPresent === undefined ? '' : cell.isPresent ? '✓' : '–'}
                          {cell.isPending && <span className="attendance-pending-mark">*</span>}
                        </span>
                        <VisuallyHidden>
                          {stateText(cell.isPresent)}
                          {cell.isPending && ` ${t('courses.grid.pendingMark')}`}
                        </VisuallyHidden>
                      </>
                    ) : (
                      <VisuallyHidden>
                        {lesson.isCancelled
                          ? t('courses.grid.cancelled')
                          : t('courses.grid.notEnrolled')}
                      </VisuallyHidden>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="attendance-name">
              {t('courses.grid.presentCount')}
            </th>
            <td className="attendance-rate">{formatRate(detail.attendanceRate, language)}</td>
            {lessons.map((lesson) => {
              const enrolled = participants.filter((p) => isEnrolledOn(p, lesson.date));
              const values = enrolled.map((p) => draft.valueOf(lesson.id, p.client.id).isPresent);
              const present = values.filter((value) => value === true).length;
              // Not recorded yet is not the same as nobody came.
              const isRecorded = values.some((value) => value !== undefined);
              return (
                <td key={lesson.id} className="attendance-count">
                  {lesson.isCancelled || !isRecorded ? '' : `${present}/${enrolled.length}`}
                </td>
              );
            })}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
