import { Alert, Button, Group, Paper, Skeleton, Text } from '@mantine/core';
import { IconUser, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Loan } from '../../../db/contract/index.ts';
import type { QueryState } from '../../data/use-api-query.ts';
import type { BorrowerState } from './use-borrower.ts';

interface BorrowerStripProps {
  borrower: BorrowerState;
  loans: QueryState<Loan[]> | null;
  onShowLoans: () => void;
  onClear: () => void;
}

/** Over the catalogue: whom the next loan is for (handed over by the reception or picked). */
export function BorrowerStrip({ borrower, loans, onShowLoans, onClear }: BorrowerStripProps) {
  const { t } = useTranslation();
  if (borrower.status === 'none') return null;
  if (borrower.status === 'loading') return <Skeleton height={56} radius="md" />;
  if (borrower.status === 'error') {
    return (
      <Alert role="alert" color="red" title={t('library.borrower.loadFailed')}>
        <Group justify="space-between">
          <Text size="sm">{borrower.error.message}</Text>
          <Button size="xs" variant="default" onClick={onClear}>
            {t('library.borrower.clear')}
          </Button>
        </Group>
      </Alert>
    );
  }
  const open =
    loans?.status === 'ready' ? loans.value.filter((loan) => loan.returnedOn === null) : null;
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      className="library-borrower"
      role="region"
      aria-label={t('library.borrower.lendingFor')}
    >
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <IconUser size={22} aria-hidden />
          <div>
            <Text size="sm" c="dimmed">
              {t('library.borrower.lendingFor')}
            </Text>
            <Text fw={700}>
              {borrower.borrower.name}
              {open && (
                <Text span fw={400} c="dimmed">
                  {' – '}
                  {t('library.borrower.openLoans', { count: open.length })}
                </Text>
              )}
            </Text>
          </div>
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Button size="xs" variant="default" onClick={onShowLoans}>
            {t('library.borrower.showLoans')}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconX size={14} aria-hidden />}
            onClick={onClear}
          >
            {t('library.borrower.clear')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
