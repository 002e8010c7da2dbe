import { TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../db/contract/index.ts';
import { resultId, resultsListId } from '../clients/ClientSearchResults.tsx';
import { useClientPicker } from '../clients/use-client-picker.ts';
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
  const picker = useClientPicker(text, onPick, () => onTextChange(''));
  const { search, isStale, activeIndex, hasHits: hasAnyHits } = picker;
  // Once a client is picked, the box shows their name and the hits step aside.
  const showResults = !hasPick && picker.showResults;
  const hasHits = !hasPick && hasAnyHits;

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
        onKeyDown={(event) => void picker.onKeyDown(event)}
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
