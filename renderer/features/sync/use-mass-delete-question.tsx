import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import type { ConfirmMassDelete } from './sync-jobs.ts';

/**
 * "Přesto načíst?": the question asked when files would delete many records, as a promise the
 * import or the run awaits, and the dialog that asks it (with the API's message).
 */
export function useMassDeleteQuestion(): { ask: ConfirmMassDelete; dialog: ReactNode } {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const answer = useRef<((isConfirmed: boolean) => void) | null>(null);

  const settle = (isConfirmed: boolean) => {
    answer.current?.(isConfirmed);
    answer.current = null;
    setMessage(null);
  };

  const ask: ConfirmMassDelete = (text) =>
    new Promise<boolean>((resolve) => {
      answer.current = resolve;
      setMessage(text);
    });

  const dialog = (
    <ConfirmDialog
      opened={message !== null}
      title={t('sync.import.massDeleteTitle')}
      text={message ?? ''}
      confirmLabel={t('sync.import.massDeleteConfirm')}
      onConfirm={async () => settle(true)}
      onClose={() => settle(false)}
    />
  );
  return { ask, dialog };
}
