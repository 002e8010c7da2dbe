import { ActionIcon, Loader } from '@mantine/core';
import { IconChecks, IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Lesson } from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { shortDay, lessonDay, weekdayShort, isoWeekdayOf } from './course-format.ts';
import type { AttendanceDraft } from './use-attendance-draft.ts';

interface AttendanceHeadCellProps {
  lesson: Lesson;
  /** The column of the focused cell. */
  isCurrent: boolean;
  isToday: boolean;
  draft: AttendanceDraft;
  allKey: string;
  onAllPresent: () => void;
}

/**
 * A lesson's column heading: its day and time, whether it is cancelled or has unsaved ticks
 * (in words, not by colour), and buttons for everyone present and for saving. The buttons are
 * outside the tab order, which would otherwise pass two of them per lesson before the grid:
 * from the keyboard they are the grid's letter key and Ctrl+S.
 */
export function AttendanceHeadCell(props: AttendanceHeadCellProps) {
  const { lesson, isCurrent, isToday, draft, allKey, onAllPresent } = props;
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const day = lessonDay(lesson.date, language);
  const pending = draft.pendingCount(lesson.id);
  const isSaving = draft.isSaving(lesson.id);
  const hasError = draft.errors.has(lesson.id);
  const flag = lesson.isCancelled
    ? t('courses.grid.cancelled')
    : isSaving
      ? t('courses.grid.saving')
      : pending > 0
        ? t('courses.grid.unsaved')
        : isToday
          ? t('courses.grid.today')
          : '';
  return (
    <th
      scope="col"
      className="attendance-lesson"
      data-current={isCurrent || undefined}
      data-cancelled={lesson.isCancelled || undefined}
      data-pending={pending > 0 || undefined}
      data-error={hasError || undefined}
      data-current-lesson={isCurrent || undefined}
      aria-label={`${day} ${lesson.start}–${lesson.end}${flag ? `, ${flag}` : ''}`}
    >
      <div className="attendance-lesson-head">
        <span className="attendance-weekday">
          {weekdayShort(isoWeekdayOf(lesson.date), language)}
        </span>
        <span className="attendance-day">{shortDay(lesson.date, language)}</span>
        <span className="attendance-time">{lesson.start}</span>
        <span className="attendance-flag">{flag || '\u00a0'}</span>
        {!lesson.isCancelled && (
          <span className="attendance-actions">
            <ActionIcon
              size="sm"
              variant="subtle"
              tabIndex={-1}
              aria-label={t('courses.grid.allPresent', { day })}
              title={`${t('courses.grid.allPresent', { day })} (${allKey.toUpperCase()})`}
              aria-keyshortcuts={allKey.toUpperCase()}
              onClick={onAllPresent}
            >
              <IconChecks size={16} aria-hidden />
            </ActionIcon>
            <ActionIcon
              size="sm"
              variant={pending > 0 ? 'filled' : 'subtle'}
              tabIndex={-1}
              disabled={pending === 0 || isSaving}
              aria-label={t('courses.grid.save', { day })}
              title={`${t('courses.grid.save', { day })} (Ctrl+S)`}
              aria-keyshortcuts="Control+S"
              onClick={() => void draft.save(lesson.id)}
            >
              {isSaving ? <Loader size={12} /> : <IconDeviceFloppy size={16} aria-hidden />}
            </ActionIcon>
          </span>
        )}
      </div>
    </th>
  );
}
