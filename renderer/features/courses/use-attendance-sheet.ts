import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api.ts';
import { downloadBase64 } from '../../files/download-base64.ts';

/** Downloads a printable attendance sheet: one lesson's, or the whole course's (no lesson). */
export function useAttendanceSheet(courseId: string) {
  const { t } = useTranslation();
  /** The lesson id (or 'course') whose sheet is being made. */
  const [busy, setBusy] = useState<string | null>(null);
  const download = async (lessonId?: string) => {
    setBusy(lessonId ?? 'course');
    const result = await call('attendance.sheet', lessonId ? { courseId, lessonId } : { courseId });
    setBusy(null);
    if (result.ok) {
      downloadBase64(result.value.base64, result.value.fileName, 'application/pdf');
    } else {
      notifications.show({
        color: 'red',
        title: t('courses.detail.sheetFailed'),
        message: result.error.message,
      });
    }
  };
  return { download, busy };
}
