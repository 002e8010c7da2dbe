import {
  ActionIcon,
  Alert,
  Button,
  Group,
  List,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconArrowRight, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxImportFiles } from './chosen-files.ts';
import { FileDropZone } from './FileDropZone.tsx';
import type { FileChoice } from './use-file-choice.ts';

export interface ChooseStepProps {
  choice: FileChoice;
  /** A message that stopped the files from being read (the API's, or a file that failed). */
  error: string | null;
  isBusy: boolean;
  onNext: () => void;
}

function sizeText(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${Math.ceil(bytes / 1024)} kB`;
}

/** Step 1: the files (or the folder) to import and the name of their source. */
export function ChooseStep({ choice, error, isBusy, onNext }: ChooseStepProps) {
  const { t } = useTranslation();
  const [hasTried, setTried] = useState(false);
  const count = choice.files.length;
  const filesError =
    count === 0
      ? t('legacyImport.choose.noFiles')
      : count > maxImportFiles
        ? t('legacyImport.choose.tooMany', { count })
        : null;
  const sourceError = choice.source.trim() === '' ? t('legacyImport.choose.sourceRequired') : null;

  const next = () => {
    setTried(true);
    if (!filesError && !sourceError) onNext();
  };

  return (
    <Stack gap="md">
      <FileDropZone onFiles={choice.add} />
      {choice.skipped.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('legacyImport.choose.skipped', { names: choice.skipped.join(', ') })}
        </Text>
      )}
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('legacyImport.choose.chosenTitle')}
        </Title>
        {count === 0 ? (
          <Text c="dimmed">{t('legacyImport.choose.none')}</Text>
        ) : (
          <List
            spacing={4}
            listStyleType="none"
            p={0}
            aria-label={t('legacyImport.choose.chosenTitle')}
          >
            {choice.files.map((entry) => (
              <List.Item key={`${entry.path}/${entry.file.name}`}>
                <Group gap="xs" wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    size="sm"
                    aria-label={t('legacyImport.choose.remove', { name: entry.file.name })}
                    onClick={() => choice.remove(entry)}
                  >
                    <IconX size={14} aria-hidden />
                  </ActionIcon>
                  <Text fw={500}>{entry.path || entry.file.name}</Text>
                  <Text size="sm" c="dimmed">
                    {sizeText(entry.file.size)}
                  </Text>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        {hasTried && filesError && (
          <Text c="red.8" size="sm" role="alert">
            {filesError}
          </Text>
        )}
      </Stack>
      <TextInput
        label={t('legacyImport.choose.source')}
        description={t('legacyImport.choose.sourceDescription')}
        placeholder={t('legacyImport.choose.sourcePlaceholder')}
        withAsterisk
        maw={480}
        value={choice.source}
        onChange={(event) => choice.setSource(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') next();
        }}
        error={hasTried ? sourceError : null}
      />
      {error && (
        <Alert
          role="alert"
          color="red"
          title={t('legacyImport.map.failed')}
          icon={<IconAlertTriangle aria-hidden />}
        >
          {error}
        </Alert>
      )}
      <Group>
        <Button
          onClick={next}
          loading={isBusy}
          rightSection={<IconArrowRight size={18} aria-hidden />}
        >
          {t('legacyImport.choose.next')}
        </Button>
      </Group>
    </Stack>
  );
}
