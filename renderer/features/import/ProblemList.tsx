import { Button, CopyButton, Group, Pagination, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../../db/contract/index.ts';

/** Problems shown at once; a register with thousands of bad rows is paged. */
const pageSize = 50;

export interface ProblemListProps {
  problems: readonly ImportProblem[];
  title: string;
  /** The API's summary: how many problems there are in all (a long list is cut) and that nothing was written. */
  summary: string | null;
}

/**
 * Every problem as the line 'file:line: column: message', so it can be found in the file and
 * the whole list copied into a message to whoever keeps the old register.
 */
export function ProblemList({ problems, title, summary }: ProblemListProps) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(problems.length / pageSize));
  const current = Math.min(page, pages);
  const shown = problems.slice((current - 1) * pageSize, current * pageSize);

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h3" c="red.8">
          {title}
        </Title>
        <CopyButton value={problems.map((problem) => problem.text).join('\n')}>
          {({ copied, copy }) => (
            <Button
              variant="default"
              size="xs"
              leftSection={
                copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
              }
              onClick={copy}
            >
              {copied ? t('legacyImport.check.copied') : t('legacyImport.check.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Stack gap={2}>
        {summary && <Text fw={600}>{summary}</Text>}
        <Text size="sm">{t('legacyImport.check.problemsIntro')}</Text>
      </Stack>
      <Paper withBorder p="sm">
        <ol className="import-problems" aria-label={t('legacyImport.check.problemsLabel')}>
          {shown.map((problem, index) => (
            <li key={`${current}-${index}`}>{problem.text}</li>
          ))}
        </ol>
      </Paper>
      {pages > 1 && (
        <Pagination
          total={pages}
          value={current}
          onChange={setPage}
          size="sm"
          aria-label={t('legacyImport.check.page')}
        />
      )}
    </Stack>
  );
}
