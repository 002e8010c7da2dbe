import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconFiles, IconFolderOpen } from '@tabler/icons-react';
import { useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChosenFile } from './chosen-files.ts';
import { filesOfDrop } from './dropped-files.ts';

/** Lets Chromium's folder picker hand over a whole folder; React has no prop for it. */
function asFolderPicker(input: HTMLInputElement | null): void {
  input?.setAttribute('webkitdirectory', '');
}

function chosenOf(event: ChangeEvent<HTMLInputElement>): ChosenFile[] {
  const files = [...(event.currentTarget.files ?? [])];
  // The same file may be chosen again after it was fixed: the input must fire again.
  event.currentTarget.value = '';
  return files.map((file) => ({ file, path: file.webkitRelativePath }));
}

/**
 * Where files come in: dropped (files or a folder), or chosen with the file or the folder picker.
 * The inputs are hidden behind ordinary buttons, so both work from the keyboard.
 */
export function FileDropZone({ onFiles }: { onFiles: (files: ChosenFile[]) => void }) {
  const { t } = useTranslation();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [isOver, setOver] = useState(false);

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void filesOfDrop(event.dataTransfer).then(onFiles);
  };

  return (
    <Paper
      withBorder
      p="xl"
      className="import-drop-zone"
      data-over={isOver || undefined}
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <Stack align="center" gap="sm">
        <IconFileSpreadsheet size={40} stroke={1.4} aria-hidden />
        <Text fw={600}>
          {isOver ? t('legacyImport.choose.dropActive') : t('legacyImport.choose.dropTitle')}
        </Text>
        <Text size="sm" c="dimmed" ta="center" maw={520}>
          {t('legacyImport.choose.dropHint')}
        </Text>
        <Group gap="sm">
          <Button
            leftSection={<IconFiles size={18} aria-hidden />}
            onClick={() => filesInput.current?.click()}
          >
            {t('legacyImport.choose.pickFiles')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconFolderOpen size={18} aria-hidden />}
            onClick={() => folderInput.current?.click()}
          >
            {t('legacyImport.choose.pickFolder')}
          </Button>
        </Group>
      </Stack>
      <input
        ref={filesInput}
        type="file"
        name="import-files"
        multiple
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t('legacyImport.choose.filesInput')}
        hidden
        onChange={(event) => onFiles(chosenOf(event))}
      />
      <input
        ref={(node) => {
          folderInput.current = node;
          asFolderPicker(node);
        }}
        type="file"
        name="import-folder"
        multiple
        aria-label={t('legacyImport.choose.folderInput')}
        hidden
        onChange={(event) => onFiles(chosenOf(event))}
      />
    </Paper>
  );
}
