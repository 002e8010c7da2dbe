import { Alert, Anchor, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconUserSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClientSummary, Loan } from '../../../db/contract/index.ts';
import type { QueryState } from '../../data/use-api-query.ts';
import { BorrowerPicker } from './BorrowerPicker.tsx';
import { OpenLoansTable, ReturnedLoansTable } from './ClientLoanTables.tsx';
import type { BorrowerState } from './use-borrower.ts';
import { useLoanActions } from './use-loan-actions.ts';

interface ClientLoansTabProps {
  borrower: BorrowerState;
  /** On arrival the client search takes the focus; not when chosen from the tab list. */
  isSearchFocused: boolean;
  loans: QueryState<Loan[]> | null;
  onPick: (client: ClientSummary) => void;
  onClear: () => void;
  /** After a return or renewal: every list on the screen reloads. */
  onChanged: () => void;
}

/** One client's loans: what they have at home (return, renew) and what they brought back. */
export function ClientLoansTab({
  borrower,
  isSearchFocused,
  loans,
  onPick,
  onClear,
  onChanged,
}: ClientLoansTabProps) {
  const { t } = useTranslation();
  const actions = useLoanActions(onChanged);
  // "Another borrower" disappears when pressed: the search that replaces it takes the focus.
  const [isChanging, setIsChanging] = useState(false);

  if (borrower.status === 'none') {
    return (
      <Stack gap="sm" maw={560}>
        <Text>{t('library.loans.pick')}</Text>
        <BorrowerPicker
          isAutoFocused={isSearchFocused || isChanging}
          label={t('library.borrower.search')}
          onPick={onPick}
        />
      </Stack>
    );
  }
  if (borrower.status === 'loading') return <Skeleton height={120} radius="md" />;
  if (borrower.status === 'error') {
    return (
      <Alert role="alert" color="red" title={t('library.borrower.loadFailed')}>
        <Group justify="space-between">
          <Text size="sm">{borrower.error.message}</Text>
          <Button size="xs" variant="default" onClick={onClear}>
            {t('library.borrower.change')}
          </Button>
        </Group>
      </Alert>
    );
  }
  const { name, id } = borrower.borrower;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Title order={2} size="h3">
          <Anchor component={Link} to={`/clients/${id}`} inherit>
            {name}
          </Anchor>
        </Title>
        <Button
          variant="default"
          leftSection={<IconUserSearch size={18} aria-hidden />}
          onClick={() => {
            setIsChanging(true);
            onClear();
          }}
        >
          {t('library.borrower.change')}
        </Button>
      </Group>
      {loans?.status === 'error' && (
        <Alert role="alert" color="red" title={t('library.loans.loadFailed')}>
          {loans.error.message}
        </Alert>
      )}
      {(loans === null || loans.status === 'loading') && <Skeleton height={120} radius="md" />}
      {loans?.status === 'ready' && (
        <>
          <section aria-labelledby="library-open-loans">
            <Title order={3} size="h4" id="library-open-loans" mb="xs">
              {t('library.loans.openTitle')}
            </Title>
            <OpenLoansTable
              loans={loans.value.filter((loan) => loan.returnedOn === null)}
              label={t('library.loans.openLabel', { name })}
              actions={actions}
            />
          </section>
          <ReturnedSection loans={loans.value} name={name} />
        </>
      )}
    </Stack>
  );
}

function ReturnedSection({ loans, name }: { loans: Loan[]; name: string }) {
  const { t } = useTranslation();
  const returned = loans.filter((loan) => loan.returnedOn !== null);
  if (returned.length === 0) return null;
  return (
    <section aria-labelledby="library-returned-loans">
      <Title order={3} size="h4" id="library-returned-loans" mb="xs">
        {t('library.loans.returnedTitle')}
      </Title>
      <ReturnedLoansTable loans={returned} label={t('library.loans.returnedLabel', { name })} />
    </section>
  );
}
