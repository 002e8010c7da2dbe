import { Badge, Stack, Tabs, Title } from '@mantine/core';
import { IconBooks, IconClockExclamation, IconUser } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSummary, Loan } from '../../../db/contract/index.ts';
import { useApiQuery } from '../../data/use-api-query.ts';
import { BorrowerStrip } from './BorrowerStrip.tsx';
import { CatalogueTab } from './CatalogueTab.tsx';
import { ClientLoansTab } from './ClientLoansTab.tsx';
import './library.css';
import { OverdueTab } from './OverdueTab.tsx';
import { useBorrower, type Borrower } from './use-borrower.ts';
import { useClientLoans } from './use-client-loans.ts';
import { useLibraryParams, type LibraryTab } from './use-library-params.ts';

/**
 * The foreign-language library: the catalogue (find, lend, add books), one client's loans
 * (return, renew) and the overdue list. A client handed over by the reception
 * (`?client=…`) is the borrower the next loan is for.
 */
export function LibraryPage() {
  const { t } = useTranslation();
  const params = useLibraryParams();
  const [known, setKnown] = useState<Borrower | null>(null);
  // Arrow keys in the tab list open tabs as they go: a search box must not take the focus then.
  const [hasSwitchedTab, setHasSwitchedTab] = useState(false);
  const borrower = useBorrower(params.clientId, known);
  const clientLoans = useClientLoans(params.clientId);
  const overdue = useApiQuery('loans.overdue', {});
  const overdueCount = overdue.status === 'ready' ? overdue.value.length : 0;

  const pick = (client: ClientSummary) => {
    setKnown({ id: client.id, name: client.displayName });
    params.setClientId(client.id);
  };
  const afterLoanChange = () => {
    clientLoans.reload();
    overdue.reload();
  };
  const afterLent = (loan: Loan) => {
    // The next book is most likely for the same person: they become the borrower on screen.
    setKnown({ id: loan.client.id, name: loan.client.displayName });
    params.setClientId(loan.client.id);
    afterLoanChange();
  };

  return (
    <Stack gap="md">
      <Title order={1}>{t('nav.library')}</Title>
      <Tabs
        value={params.tab}
        onChange={(value) => {
          setHasSwitchedTab(true);
          params.setTab((value ?? 'catalogue') as LibraryTab);
        }}
        // Each tab reads fresh data when it is opened.
        keepMounted={false}
      >
        <Tabs.List aria-label={t('library.tabs.label')} mb="md">
          <Tabs.Tab value="catalogue" leftSection={<IconBooks size={18} aria-hidden />}>
            {t('library.tabs.catalogue')}
          </Tabs.Tab>
          <Tabs.Tab value="loans" leftSection={<IconUser size={18} aria-hidden />}>
            {t('library.tabs.loans')}
          </Tabs.Tab>
          <Tabs.Tab
            value="overdue"
            leftSection={<IconClockExclamation size={18} aria-hidden />}
            aria-label={
              overdueCount > 0 ? t('library.tabs.overdueCount', { count: overdueCount }) : undefined
            }
          >
            {t('library.tabs.overdue')}
            {/* In the label, after a space: the name read out must contain what is shown. */}
            {overdueCount > 0 && (
              <>
                {' '}
                <Badge size="sm" color="red" variant="filled" circle ml={4}>
                  {overdueCount}
                </Badge>
              </>
            )}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="catalogue">
          <Stack gap="md">
            <BorrowerStrip
              borrower={borrower}
              loans={clientLoans.state}
              onShowLoans={() => params.setTab('loans')}
              onClear={() => params.setClientId(null)}
            />
            <CatalogueTab
              isSearchFocused={!hasSwitchedTab}
              borrower={borrower.status === 'ready' ? borrower.borrower : null}
              onLent={afterLent}
            />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="loans">
          <ClientLoansTab
            isSearchFocused={!hasSwitchedTab}
            borrower={borrower}
            loans={clientLoans.state}
            onPick={pick}
            onClear={() => params.setClientId(null)}
            onChanged={afterLoanChange}
          />
        </Tabs.Panel>
        <Tabs.Panel value="overdue">
          <OverdueTab overdue={overdue} onChanged={afterLoanChange} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
