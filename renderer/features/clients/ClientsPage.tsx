import { Button, Group, Kbd, Stack, TextInput, Title } from '@mantine/core';
import { IconCopy, IconFileImport, IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useNavigationType } from 'react-router';
import type { ClientSummary } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { useApiQuery } from '../../data/use-api-query.ts';
import { useCan } from '../session/use-permissions.ts';
import './clients.css';
import { listQueryOf, useClientListStore } from './client-list-store.ts';
import { ClientListFilters } from './ClientListFilters.tsx';
import { ClientRegisterTable } from './ClientRegisterTable.tsx';
import { EmptyRegister } from './EmptyRegister.tsx';
import { ClientSearchResults, resultId, resultsListId } from './ClientSearchResults.tsx';
import { useClientSearch } from './use-client-search.ts';

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
  const search = useClientSearch(text);
  const [active, setActive] = useState({ index: 0, forResults: search.results });
  const trimmed = text.trim();
  const isSearching = trimmed !== '';
  const isStale = search.resultsFor !== trimmed;
  // New results start at the best match again.
  const activeIndex = active.forResults === search.results ? active.index : 0;
  const showResults = isSearching && search.resultsFor !== null;

  const open = (client: ClientSummary) => void navigate(`/clients/${client.id}`);

  const onKeyDown = async (event: KeyboardEvent<HTMLInputElement>) => {
    const count = search.results.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive({ index: (activeIndex + step + count) % count, forResults: search.results });
    } else if (event.key === 'Enter' && isSearching) {
      event.preventDefault();
      if (!isStale) {
        const client = search.results[activeIndex];
        if (client) open(client);
        return;
      }
      // Enter faster than the search: ask for this very text rather than open an older hit.
      const result = await call('clients.search', { text: trimmed, limit: 1 });
      if (result.ok && result.value[0]) open(result.value[0]);
    } else if (event.key === 'Escape') {
      setText('');
    }
  };

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
          <TextInput
            // The most frequent task starts here; nothing else on the page competes for focus.
            autoFocus
            size="md"
            label={t('clients.search.label')}
            description={t('clients.search.hint')}
            placeholder={t('clients.search.placeholder')}
            leftSection={<IconSearch size={18} aria-hidden />}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            onFocus={(event) => event.currentTarget.select()}
            onKeyDown={(event) => void onKeyDown(event)}
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={showResults && search.results.length > 0}
            aria-controls={resultsListId}
            aria-activedescendant={
              showResults && search.results.length > 0 ? resultId(activeIndex) : undefined
            }
            autoComplete="off"
            spellCheck={false}
          />
          {isSearching ? (
            showResults && (
              <ClientSearchResults
                results={search.results}
                error={search.error}
                activeIndex={activeIndex}
                isStale={isStale}
                onOpen={open}
              />
            )
          ) : (
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
