import { Alert, Group, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { countryLabel, formatDate } from '../clients/client-format.ts';
import { PseudonymBadge } from '../clients/ClientCells.tsx';
import { useClientPicker } from '../clients/use-client-picker.ts';

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
  const picker = useClientPicker(text, onPick, () => setText(''));
  const { search, isStale, activeIndex, showResults, hasHits } = picker;

  useEffect(() => {
    document.getElementById(`${idBase}-hit-${activeIndex}`)?.scrollIntoView({ block: 'nearest' });
  }, [idBase, activeIndex]);

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
        onKeyDown={(event) => void picker.onKeyDown(event)}
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
