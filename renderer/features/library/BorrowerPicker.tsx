import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../db/contract/index.ts';
import { ClientPicker } from '../../components/client-picker/ClientPicker.tsx';
import { ClientHitLines } from '../clients/ClientHitLines.tsx';
import './library.css';

interface BorrowerPickerProps {
  label: string;
  onPick: (client: ClientSummary) => void;
  /** A message under the box (e.g. "choose the borrower" on a submit without one). */
  error?: string;
  /** Put the focus in the box on mount; in a dialog, the dialog's own autofocus does it. */
  isAutoFocused?: boolean;
}

/**
 * Picks a registered client to lend to (or to add to an event) in a narrow place: the hits in
 * two lines with the phone, the box's own text that starts empty each time it appears.
 */
export function BorrowerPicker({ label, onPick, error, isAutoFocused }: BorrowerPickerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  return (
    <div>
      <ClientPicker
        text={text}
        onTextChange={setText}
        onPick={onPick}
        box={{
          autoFocus: isAutoFocused,
          'data-autofocus': true,
          label,
          description: t('library.borrower.searchHint'),
          placeholder: t('library.borrower.placeholder'),
          error,
        }}
        texts={{
          none: t('library.borrower.none'),
          failed: t('library.borrower.failed'),
          resultsLabel: t('library.borrower.resultsLabel'),
        }}
        renderHit={(client) => <ClientHitLines client={client} lastDetail="phone" />}
        listClassName="client-hit-list library-hits"
        hitClassName="client-hit"
      />
    </div>
  );
}
