import { Alert, Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidIsoDate, todayIso, type Book, type Loan } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { DateField } from '../../forms/DateField.tsx';
import { useUiStore } from '../../state/ui-store.ts';
import { formatDate } from '../clients/client-format.ts';
import { BorrowerPicker } from './BorrowerPicker.tsx';
import { addDays } from './loan-dates.ts';
import type { Borrower } from './use-borrower.ts';
import { useLoanDays } from './use-loan-days.ts';

interface LendDialogProps {
  book: Book | null;
  /** The borrower already chosen on the screen; the dialog can still change it. */
  borrower: Borrower | null;
  onClose: () => void;
  onLent: (loan: Loan) => void;
  /** The API refused because the catalogue on screen was out of date: it should reload. */
  onStale: () => void;
}

/** Lends one book: who borrows it (typed name, Enter), until when (the loan period unless changed). */
export function LendDialog({ book, borrower, onClose, onLent, onStale }: LendDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={book !== null}
      onClose={onClose}
      title={t('library.lend.title')}
      size="lg"
      // The catalogue puts the focus back itself: after a loan the book's button may be disabled.
      returnFocus={false}
    >
      {book && (
        <LendForm
          key={book.id}
          book={book}
          borrower={borrower}
          onClose={onClose}
          onLent={onLent}
          onStale={onStale}
        />
      )}
    </Modal>
  );
}

function LendForm({ book, borrower, onClose, onLent, onStale }: LendDialogProps & { book: Book }) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const today = todayIso();
  const [picked, setPicked] = useState<Borrower | null>(borrower);
  const loanDays = useLoanDays();
  // Null until changed by hand: the loan period from Settings, once they have answered.
  const [chosenDueDate, setDueDate] = useState<string | null>(null);
  const dueDate = chosenDueDate ?? addDays(today, loanDays);
  const [errors, setErrors] = useState<{ borrower?: string; dueDate?: string }>({});
  const [apiError, setApiError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const submitRef = useRef<HTMLButtonElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = {
      ...(picked ? {} : { borrower: t('library.lend.borrowerRequired') }),
      ...(!isValidIsoDate(dueDate)
        ? { dueDate: t('forms.dateErrors.invalidDate') }
        : dueDate < today
          ? { dueDate: t('library.lend.dueBeforeToday') }
          : {}),
    };
    setErrors(found);
    if (!picked || Object.keys(found).length > 0) return;
    setApiError(null);
    setIsBusy(true);
    const result = await call('loans.lend', { bookId: book.id, clientId: picked.id, dueDate });
    setIsBusy(false);
    if (!result.ok) {
      setApiError(result.error.message);
      if (result.error.code === 'NO_COPY_LEFT') onStale();
      return;
    }
    notifications.show({
      color: 'teal',
      icon: <IconCheck size={18} aria-hidden />,
      message: t('library.lend.done', {
        title: book.title,
        name: picked.name,
        date: formatDate(result.value.dueOn, language),
      }),
    });
    onLent(result.value);
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <Stack gap="md">
        <Paper withBorder p="sm" radius="md">
          <Text fw={700}>{book.title}</Text>
          <Text size="sm">{[book.author, book.shelfMark].filter(Boolean).join(' · ')}</Text>
          <Text size="sm" c="dimmed">
            {t('library.columns.copies')}:{' '}
            {t('library.availability.available', {
              available: book.available,
              copies: book.copies,
            })}
          </Text>
        </Paper>
        {picked ? (
          <Group justify="space-between" wrap="nowrap" className="library-borrower">
            <div>
              <Text size="sm" c="dimmed">
                {t('library.borrower.label')}
              </Text>
              <Text fw={700} size="lg">
                {picked.name}
              </Text>
            </div>
            <Button variant="default" onClick={() => setPicked(null)}>
              {t('library.borrower.change')}
            </Button>
          </Group>
        ) : (
          <BorrowerPicker
            // Also after "Another borrower", whose button is gone once pressed.
            isAutoFocused
            label={t('library.borrower.search')}
            error={errors.borrower}
            onPick={(client) => {
              setPicked({ id: client.id, name: client.displayName });
              setErrors(({ borrower: _done, ...rest }) => rest);
              // Next step by keyboard: Enter lends.
              requestAnimationFrame(() => submitRef.current?.focus());
            }}
          />
        )}
        <DateField
          label={t('library.lend.dueDate')}
          description={t('library.lend.dueDateHint', { days: loanDays })}
          required
          clearable={false}
          minDate={today}
          error={errors.dueDate}
          value={dueDate}
          onChange={setDueDate}
        />
        {apiError && (
          <Alert
            role="alert"
            color="red"
            title={t('library.lend.failed')}
            icon={<IconAlertTriangle aria-hidden />}
          >
            {apiError}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            ref={submitRef}
            type="submit"
            loading={isBusy}
            data-autofocus={picked ? true : undefined}
          >
            {t('library.lend.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
