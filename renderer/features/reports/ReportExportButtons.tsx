import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet, IconFileText, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportExportFormat } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { downloadBase64 } from '../../files/download-base64.ts';
import { reportInput, type ReportQuery } from './report-links.ts';

const formats = [
  { format: 'xlsx', icon: IconFileSpreadsheet },
  { format: 'csv', icon: IconFileText },
  { format: 'pdf', icon: IconFileTypePdf },
] as const satisfies readonly { format: ReportExportFormat; icon: unknown }[];

/** The report of the chosen period as a file for the funder: Excel, CSV or PDF. */
export function ReportExportButtons({
  query,
  disabled,
}: {
  query: ReportQuery;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<ReportExportFormat | null>(null);

  const download = async (format: ReportExportFormat) => {
    setBusy(format);
    const result = await call('reports.export', { ...reportInput(query), format });
    setBusy(null);
    if (!result.ok) {
      notifications.show({
        color: 'red',
        title: t('reports.export.failed'),
        message: result.error.message,
      });
      return;
    }
    const { base64, fileName, mimeType } = result.value;
    downloadBase64(base64, fileName, mimeType);
  };

  return (
    <Group
      gap="xs"
      wrap="nowrap"
      role="group"
      aria-label={t('reports.export.label')}
      className="report-exports"
    >
      {formats.map(({ format, icon: Icon }) => (
        <Button
          key={format}
          variant="default"
          leftSection={<Icon size={18} aria-hidden />}
          loading={busy === format}
          disabled={disabled || (busy !== null && busy !== format)}
          onClick={() => void download(format)}
        >
          {t(`reports.export.${format}`)}
        </Button>
      ))}
    </Group>
  );
}
