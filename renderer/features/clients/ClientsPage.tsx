import { Button, Group, Kbd, Stack, Title } from '@mantine/core';
import { IconCopy, IconFileImport, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useNavigationType } from 'react-router';
import type { ClientSummary } from '../../../db/contract/index.ts';
import { ClientPicker } from '../../components/client-picker/ClientPicker.tsx';
import { useApiQuery } from '../../data/use-api-query.ts';
import { useCan } from '../session/use-permissions.ts';
import './clients.css';
import { listQueryOf, useClientListStore } from './client-list-store.ts';
import { ClientListFilters } from './ClientListFilters.tsx';
import { ClientRegisterTable } from './ClientRegisterTable.tsx';
import { EmptyRegister } from './EmptyRegister.tsx';
import { clientTableHits } from './client-table-hits.tsx';

/**
 * The client list: a search box that has the focus on arrival (finding someone is the most
 * frequent task), and without search text the whole register with filters. The search starts
 * empty on a new visit (the menu, a link); going back from a client keeps it.
 */
export function ClientsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const can = useCan();
  const navigationType = useNavigationType();
  const location = useLocation();
  const isReturning =
    navigationType === 'POP' || (location.state as { keepSearch?: boolean } | null)?.keepSearch;
  // Once, before the store is read below: the first render already shows the empty box (and
  // searches for nothing), rather than an old search that an effect would clear a frame later.
  useState(() => {
    if (!isReturning) useClientListStore.getState().setSearchText('');
    return null;
  });
  const text = useClientListStore((state) => state.searchText);
  const setText = useClientListStore((state) => state.setSearchText);
  const filters = useClientListStore((state) => state.filters);
  const register = useApiQuery('clients.list', { limit: 1 });
  const registerTotal = register.status === 'ready' ? register.value.total : null;
  const isSearching = text.trim() !== '';

  const open = (client: ClientSummary) => void navigate(`/clients/${client.id}`);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={1}>{t('nav.clients')}</Title>
        <Group gap="sm">
          {can('import.start') && (
            <Button
              component={Link}
              to="/import"
              variant="subtle"
              leftSection={<IconFileImport size={18} aria-hidden />}
            >
              {t('legacyImport.entry.button')}
            </Button>
          )}
          {can('clients.duplicates') && (
            <Button
              component={Link}
              to="/clients/duplicates"
              variant="default"
              leftSection={<IconCopy size={18} aria-hidden />}
            >
              {t('clients.duplicates.link')}
            </Button>
          )}
          <Button
            component={Link}
            to="/clients/new"
            leftSection={<IconUserPlus size={18} aria-hidden />}
            rightSection={<Kbd size="xs">Alt+N</Kbd>}
            aria-keyshortcuts="Alt+N"
          >
            {t('clients.new')}
          </Button>
        </Group>
      </Group>
      {registerTotal === 0 ? (
        <EmptyRegister canImport={can('import.start')} />
      ) : (
        <>
          <ClientPicker
            text={text}
            onTextChange={setText}
            onPick={open}
            isSelectedOnFocus
            box={{
              // The most frequent task starts here; nothing else on the page competes for focus.
              autoFocus: true,
              size: 'md',
              label: t('clients.search.label'),
              description: t('clients.search.hint'),
              placeholder: t('clients.search.placeholder'),
            }}
            {...clientTableHits(t)}
          />
          {!isSearching && (
            <>
              <ClientListFilters />
              <ClientRegisterTable query={listQueryOf(filters)} registerTotal={registerTotal} />
            </>
          )}
        </>
      )}
    </Stack>
  );
}
