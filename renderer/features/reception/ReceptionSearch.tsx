import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../db/contract/index.ts';
import { ClientPicker } from '../../components/client-picker/ClientPicker.tsx';
import { ClientHitLines } from '../clients/ClientHitLines.tsx';

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
 * The front desk's name search: type, arrows move the highlighted hit, Enter picks it. The hits
 * are two lines each, narrow enough to sit beside the day's tally, and say whose consent is
 * missing.
 */
export function ReceptionSearch({
  text,
  onTextChange,
  hasPick,
  onPick,
  inputRef,
}: ReceptionSearchProps) {
  const { t } = useTranslation();
  return (
    <ClientPicker
      text={text}
      onTextChange={onTextChange}
      onPick={onPick}
      // Once a client is picked, the box shows their name and the hits step aside.
      isListHidden={hasPick}
      isSelectedOnFocus
      inputRef={inputRef}
      box={{
        // The front desk starts every visit here.
        autoFocus: true,
        id: receptionSearchId,
        size: 'lg',
        label: t('reception.search.label'),
        description: t('reception.search.hint'),
        placeholder: t('reception.search.placeholder'),
      }}
      texts={{
        none: t('reception.search.none'),
        failed: t('clients.search.failed'),
        resultsLabel: t('clients.search.resultsLabel'),
      }}
      isCounted
      renderHit={(client) => <ClientHitLines client={client} lastDetail="town" hasConsentBadge />}
      listClassName="client-hit-list"
      hitClassName="client-hit"
    />
  );
}
