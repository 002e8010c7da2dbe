import { TextInput, type TextInputProps } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useCallback, useId, type ReactElement, type ReactNode, type Ref } from 'react';
import type { ClientSummary } from '../../../db/contract/index.ts';
import { ClientHits, type ClientHitsLook } from './ClientHits.tsx';
import { useClientPicker } from './use-client-picker.ts';

type BoxProps = Omit<
  TextInputProps,
  'value' | 'onChange' | 'onKeyDown' | 'role' | 'leftSection' | 'ref'
> & { 'data-autofocus'?: boolean };

interface ClientPickerProps extends ClientHitsLook {
  text: string;
  onTextChange: (text: string) => void;
  onPick: (client: ClientSummary) => void | Promise<void>;
  /** Escape in the box; by default it empties the box. */
  onEscape?: () => void;
  /** The hits step aside (e.g. once the reception has picked someone). */
  isListHidden?: boolean;
  /** Select the whole text when the box gets the focus, so typing replaces the last name. */
  isSelectedOnFocus?: boolean;
  /** The box itself: label, hint, placeholder, size, autofocus, error… */
  box: BoxProps;
  inputRef?: Ref<HTMLInputElement>;
  /** Puts the box in a row of its own with other fields; the hits still go below. */
  wrapBox?: (box: ReactElement) => ReactNode;
  /** Between the box and the hits (e.g. a refusal of the last pick). */
  children?: ReactNode;
}

/**
 * The one "type a name, pick a client" box of the app (client list, reception, library,
 * course enrolment, event attendees): a combobox over the diacritics-insensitive client
 * search; arrows move the highlighted hit, Enter or a click picks it, Escape empties the box.
 * Ids are its own, so two pickers on one screen (a tab and a dialog) never share an option id.
 */
export function ClientPicker(props: ClientPickerProps) {
  const { text, onTextChange, onPick, onEscape, isListHidden = false, ...rest } = props;
  const { isSelectedOnFocus, box, inputRef, wrapBox, children, ...look } = rest;
  const idBase = useId();
  const listId = `${idBase}-hits`;
  const optionId = useCallback((index: number) => `${idBase}-hit-${index}`, [idBase]);
  const picker = useClientPicker(text, onPick, onEscape ?? (() => onTextChange('')));
  const showResults = !isListHidden && picker.showResults;
  const hasHits = !isListHidden && picker.hasHits;

  const input = (
    <TextInput
      {...box}
      ref={inputRef}
      // Escape first clears the box; a dialog around it closes only on the next Escape.
      data-mantine-stop-propagation={text === '' ? undefined : 'true'}
      leftSection={<IconSearch size={box.size === 'lg' ? 20 : 18} aria-hidden />}
      value={text}
      onChange={(event) => onTextChange(event.currentTarget.value)}
      onFocus={isSelectedOnFocus ? (event) => event.currentTarget.select() : undefined}
      onKeyDown={picker.onKeyDown}
      role="combobox"
      aria-autocomplete="list"
      aria-expanded={hasHits}
      aria-controls={listId}
      aria-activedescendant={hasHits ? optionId(picker.activeIndex) : undefined}
      autoComplete="off"
      spellCheck={false}
    />
  );

  return (
    <>
      {wrapBox ? wrapBox(input) : input}
      {children}
      {showResults && (
        <ClientHits
          {...look}
          results={picker.search.results}
          error={picker.search.error}
          activeIndex={picker.activeIndex}
          isStale={picker.isStale}
          listId={listId}
          optionId={optionId}
          onPick={(client) => void onPick(client)}
        />
      )}
    </>
  );
}
