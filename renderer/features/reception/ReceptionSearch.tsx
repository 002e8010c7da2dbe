import { TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { resultId, resultsListId } from '../clients/ClientSearchResults.tsx';
import { useClientSearch } from '../clients/use-client-search.ts';
import { ReceptionHits } from './ReceptionHits.tsx';

export const receptionSearchId = 'reception-search';

interface ReceptionSearchProps {
  text: string;
  onTextChange: (text: string) => void;
  /** Whether a person has been picked: the hits give way to the choice of service. */
  hasPick: boolean;
  onPick: (client: ClientSummary) => void;
  inputRef: Ref<HTMLInputElement>;
}

/**
 * The front desk's name search: type, arrows move the highlighted hit, Enter picks it. The box
 * keeps the focus while the hits change (aria-activedescendant), as on the client list.
 */
export function ReceptionSearch({
  text,
  onTextChange,
  hasPick,
  onPick,
  inputRef,
}: ReceptionSearchProps) {
  const { t } = useTranslation();
  const search = useClientSearch(text);
  const [active, setActive] = useState({ index: 0, forResults: search.results });
  const trimmed = text.trim();
  const isStale = search.resultsFor !== trimmed;
  const activeIndex = active.forResults === search.results ? active.index : 0;
  const showResults = !hasPick && trimmed !== '' && search.resultsFor !== null;
  const hasHits = showResults && search.results.length > 0;

  const onKeyDown = async (event: KeyboardEvent<HTMLInputElement>) => {
    const count = search.results.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive({ index: (activeIndex + step + count) % count, forResults: search.results });
    } else if (event.key === 'Enter' && trimmed !== '') {
      event.preventDefault();
      if (!isStale) {
        const client = search.results[activeIndex];
        if (client) onPick(client);
        return;
      }
      // Enter faster than the search: pick the best hit for this very text, not an older one.
      const result = await call('clients.search', { text: trimmed, limit: 1 });
      if (result.ok && result.value[0]) onPick(result.value[0]);
    } else if (event.key === 'Escape') {
      onTextChange('');
    }
  };

  return (
    <>
      <TextInput
        // The front desk starts every visit here.
        autoFocus
        ref={inputRef}
        id={receptionSearchId}
        size="lg"
        label={t('reception.search.label')}
        description={t('reception.search.hint')}
        placeholder={t('reception.search.placeholder')}
        leftSection={<IconSearch size={20} aria-hidden />}
        value={text}
        onChange={(event) => onTextChange(event.currentTarget.value)}
        onFocus={(event) => event.currentTarget.select()}
        onKeyDown={(event) => void onKeyDown(event)}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={hasHits}
        aria-controls={resultsListId}
        aria-activedescendant={hasHits ? resultId(activeIndex) : undefined}
        autoComplete="off"
        spellCheck={false}
      />
      {showResults && (
        <ReceptionHits
          results={search.results}
          error={search.error}
          activeIndex={activeIndex}
          isStale={isStale}
          onPick={onPick}
        />
      )}
    </>
  );
}
