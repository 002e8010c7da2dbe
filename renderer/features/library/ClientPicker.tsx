import { Alert, Group, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { countryLabel, formatDate } from '../clients/client-format.ts';
import { PseudonymBadge } from '../clients/ClientCells.tsx';
import { useClientSearch } from '../clients/use-client-search.ts';

interface ClientPickerProps {
  label: string;
  onPick: (client: ClientSummary) => void;
  /** A message under the box (e.g. "choose the borrower" on a submit without one). */
  error?: string;
  /** Put the focus in the box on mount; in a dialog, the dialog's own autofocus does it. */
  isAutoFocused?: boolean;
}

/**
 * Picks a registered client by typing a name: the client search's hits in a listbox the box
 * controls (arrows move, Enter picks), as on the client list and the reception. Ids are its
 * own, so two pickers (a tab and a dialog) never share an option id.
 */
export function ClientPicker({ label, onPick, error, isAutoFocused }: ClientPickerProps) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const idBase = useId();
  const listId = `${idBase}-hits`;
  const optionId = (index: number) => `${idBase}-hit-${index}`;
  const [text, setText] = useState('');
  const search = useClientSearch(text);
  const [active, setActive] = useState({ index: 0, forResults: search.results });
  const trimmed = text.trim();
  const isStale = search.resultsFor !== trimmed;
  const activeIndex = active.forResults === search.results ? active.index : 0;
  const showResults = trimmed !== '' && search.resultsFor !== null;
  const hasHits = showResults && search.results.length > 0;

  useEffect(() => {
    document.getElementById(`${idBase}-hit-${activeIndex}`)?.scrollIntoView({ block: 'nearest' });
  }, [idBase, activeIndex]);

  const onKeyDown = async (event: KeyboardEvent<HTMLInputElement>) => {
    const count = search.results.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive({ index: (activeIndex + step + count) % count, forResults: search.results });
    } else if (event.key === 'Enter') {
      // Enter picks a hit; it never submits the surrounding form.
      event.preventDefault();
      if (trimmed === '') return;
      if (!isStale) {
        const client = search.results[activeIndex];
        if (client) onPick(client);
        return;
      }
      // Enter faster than the search: the best hit for this very text, not an older one.
      const result = await call('clients.search', { text: trimmed, limit: 1 });
      if (result.ok && result.value[0]) onPick(result.value[0]);
    } else if (event.key === 'Escape') {
      setText('');
    }
  };

  return (
    <div>
      <TextInput
        autoFocus={isAutoFocused}
        data-autofocus
        // Escape first clears the box; a dialog around it closes only on the next Escape.
        data-mantine-stop-propagation={text === '' ? undefined : 'true'}
        label={label}
        description={t('library.borrower.searchHint')}
        placeholder={t('library.borrower.placeholder')}
        leftSection={<IconSearch size={18} aria-hidden />}
        error={error}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => void onKeyDown(event)}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={hasHits}
        aria-controls={listId}
        aria-activedescendant={hasHits ? optionId(activeIndex) : undefined}
        autoComplete="off"
        spellCheck={false}
      />
      {showResults && search.error && (
        <Alert role="alert" color="red" mt="xs" title={t('library.borrower.failed')}>
          {search.error.message}
        </Alert>
      )}
      {showResults && !search.error && search.results.length === 0 && (
        <Text size="sm" c="dimmed" mt="xs" aria-live="polite">
          {t('library.borrower.none')}
        </Text>
      )}
      {hasHits && (
        <div
          id={listId}
          role="listbox"
          aria-label={t('library.borrower.resultsLabel')}
          className="library-hits"
          style={{ opacity: isStale ? 0.6 : 1 }}
        >
          {search.results.map((client, index) => (
            <div
              key={client.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className="library-hit"
              onClick={() => onPick(client)}
              // The box keeps the focus: a click on a hit must not blur it first.
              onMouseDown={(event) => event.preventDefault()}
            >
              <Group gap={6} wrap="nowrap">
                <Text fw={600} truncate>
                  {client.displayName}
                </Text>
                {client.isPseudonymous && <PseudonymBadge />}
              </Group>
              <Text size="sm" c="dimmed" truncate>
                {[
                  formatDate(client.birthDate, language),
                  countryLabel(client.nationality, language),
                  client.phone,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
