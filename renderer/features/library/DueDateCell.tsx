import { Badge, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { todayIso, type Loan } from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { formatDate } from '../clients/client-format.ts';
import { daysBetween } from './loan-dates.ts';

/** The due date, and for a late loan how late in words and with an icon, not colour alone. */
export function DueDateCell({ loan }: { loan: Loan }) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const late = loan.returnedOn === null ? daysBetween(loan.dueOn, todayIso()) : 0;
  return (
    <Group gap="xs" wrap="nowrap">
      <Text span size="sm" className="library-nowrap">
        {formatDate(loan.dueOn, language)}
      </Text>
      {late > 0 && (
        <Badge
          color="red"
          variant="light"
          c="red.9"
          leftSection={<IconAlertTriangle size={12} aria-hidden />}
        >
          {t('library.loans.overdueBadge', { count: late })}
        </Badge>
      )}
    </Group>
  );
}
