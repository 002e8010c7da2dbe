import { Alert, Button, Group, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Book, Loan } from '../../../db/contract/index.ts';
import { BookDialog } from './BookDialog.tsx';
import { BooksTable } from './BooksTable.tsx';
import { LendDialog } from './LendDialog.tsx';
import type { Borrower } from './use-borrower.ts';
import { useBookSearch } from './use-book-search.ts';

interface CatalogueTabProps {
  borrower: Borrower | null;
  /** On arrival the search takes the focus; not when the tab is chosen from the tab list. */
  isSearchFocused: boolean;
  onLent: (loan: Loan) => void;
}

/**
 * Find a book (the box has the focus; Enter or ↓ goes to the first book's Lend button), lend
 * it, add or edit books.
 */
export function CatalogueTab({ borrower, isSearchFocused, onLent }: CatalogueTabProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const books = useBookSearch(text);
  const [editing, setEditing] = useState<{ book: Book | null } | null>(null);
  const [lending, setLending] = useState<Book | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  // Cancelled: back on the book's Lend button. Lent: back in the search, for the next book.
  const closeLending = (isLent: boolean) => {
    const bookId = lending?.id;
    setLending(null);
    requestAnimationFrame(() => {
      const button = document.querySelector<HTMLButtonElement>(
        `[data-lend-button="${bookId}"]:not(:disabled)`,
      );
      if (!isLent && button) {
        button.focus();
        return;
      }
      searchRef.current?.focus();
      searchRef.current?.select();
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'Enter') {
      const first = document.querySelector<HTMLButtonElement>('[data-lend-button]:not(:disabled)');
      if (!first) return;
      event.preventDefault();
      first.focus();
    } else if (event.key === 'Escape') {
      setText('');
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <TextInput
          ref={searchRef}
          autoFocus={isSearchFocused}
          style={{ flex: '1 1 360px', maxWidth: 560 }}
          label={t('library.catalogue.search')}
          description={t('library.catalogue.searchHint')}
          placeholder={t('library.catalogue.searchPlaceholder')}
          leftSection={<IconSearch size={18} aria-hidden />}
          type="search"
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          autoComplete="off"
          spellCheck={false}
        />
        <Button
          leftSection={<IconPlus size={18} aria-hidden />}
          onClick={() => setEditing({ book: null })}
        >
          {t('library.book.new')}
        </Button>
      </Group>
      <CatalogueResults
        books={books}
        isSearching={text.trim() !== ''}
        onLend={setLending}
        onEdit={(book) => setEditing({ book })}
      />
      <BookDialog
        opened={editing !== null}
        book={editing?.book ?? null}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          books.reload();
        }}
      />
      <LendDialog
        book={lending}
        borrower={borrower}
        onClose={() => closeLending(false)}
        onStale={books.reload}
        onLent={(loan) => {
          closeLending(true);
          books.reload();
          onLent(loan);
        }}
      />
    </Stack>
  );
}

interface CatalogueResultsProps {
  books: ReturnType<typeof useBookSearch>;
  isSearching: boolean;
  onLend: (book: Book) => void;
  onEdit: (book: Book) => void;
}

function CatalogueResults({ books, isSearching, onLend, onEdit }: CatalogueResultsProps) {
  const { t } = useTranslation();
  if (books.status === 'loading') return <Skeleton height={160} radius="md" />;
  if (books.status === 'error') {
    return (
      <Alert role="alert" color="red" title={t('library.catalogue.loadFailed')}>
        {books.error.message}
      </Alert>
    );
  }
  if (books.value.length === 0) {
    return (
      <Text c="dimmed" aria-live="polite">
        {isSearching ? t('library.catalogue.noMatch') : t('library.catalogue.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="xs" style={{ opacity: books.isStale ? 0.6 : 1 }}>
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('library.catalogue.count', { count: books.value.length })}
      </Text>
      <BooksTable books={books.value} onLend={onLend} onEdit={onEdit} />
    </Stack>
  );
}
