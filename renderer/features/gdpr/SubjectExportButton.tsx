import { Alert, Button, Group, Modal, Radio, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconFileExport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { subjectLanguages, type Client, type SubjectLanguage } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { downloadBase64 } from '../../files/download-base64.ts';
import { useCan } from '../session/use-permissions.ts';
import { defaultSubjectLanguage, subjectLanguageNames } from './subject-languages.ts';

type Format = 'pdf' | 'json';

/**
 * "Export údajů (GDPR)": everything held about the client (GDPR art. 15) as a PDF in their
 * language or as JSON, downloaded. The API records each export in the audit log.
 */
export function SubjectExportButton({ client }: { client: Client }) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const [format, setFormat] = useState<Format>('pdf');
  const [language, setLanguage] = useState(() => defaultSubjectLanguage(client.preferredLanguage));
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const can = useCan();

  const download = async () => {
    setIsBusy(true);
    setError(null);
    const result = await call('clients.exportSubject', {
      clientId: client.id,
      format,
      ...(format === 'pdf' ? { language } : {}),
    });
    setIsBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    downloadBase64(result.value.base64, result.value.fileName, result.value.mimeType);
    notifications.show({
      color: 'teal',
      message: t('gdpr.export.done', { file: result.value.fileName }),
    });
    setIsOpen(false);
  };

  // Only admins and social workers export (it holds confidential counselling notes).
  if (!can('clients.exportSubject')) return null;
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileExport size={18} aria-hidden />}
        onClick={() => setIsOpen(true)}
      >
        {t('gdpr.export.button')}
      </Button>
      <Modal opened={isOpen} onClose={() => setIsOpen(false)} title={t('gdpr.export.title')}>
        <Stack gap="md">
          <Text size="sm">{t('gdpr.export.intro')}</Text>
          <Radio.Group
            label={t('gdpr.export.format')}
            value={format}
            onChange={(value) => setFormat(value as Format)}
          >
            <Group gap="lg" mt="xs">
              <Radio value="pdf" label={t('gdpr.export.pdf')} />
              <Radio value="json" label={t('gdpr.export.json')} />
            </Group>
          </Radio.Group>
          {format === 'pdf' && (
            <Select
              label={t('gdpr.export.language')}
              description={t('gdpr.export.languageHint')}
              data={subjectLanguages.map((code) => ({
                value: code,
                label: subjectLanguageNames[code],
              }))}
              value={language}
              onChange={(value) => value && setLanguage(value as SubjectLanguage)}
              allowDeselect={false}
              comboboxProps={{ withinPortal: false }}
            />
          )}
          {error && (
            <Alert
              role="alert"
              color="red"
              title={t('gdpr.export.failed')}
              icon={<IconAlertTriangle aria-hidden />}
            >
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setIsOpen(false)}>
              {t('common.cancel')}
            </Button>
            <Button loading={isBusy} onClick={() => void download()} data-autofocus>
              {t('gdpr.export.download')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
