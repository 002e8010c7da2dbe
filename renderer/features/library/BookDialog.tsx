import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Book } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { bookToForm, emptyBookForm, type BookFormOutput } from './book-form-values.ts';
import { BookForm } from './BookForm.tsx';

interface BookDialogProps {
  /** The book to edit; null adds a new one. */
  book: Book | null;
  opened: boolean;
  onClose: () => void;
  onSaved: (book: Book) => void;
}

/** Adds a book to the catalogue or edits one, in a dialog over the catalogue. */
export function BookDialog({ book, opened, onClose, onSaved }: BookDialogProps) {
  const { t } = useTranslation();

  const save = async (values: BookFormOutput): Promise<string | null> => {
    const result = book
      ? await call('books.update', { id: book.id, changes: values })
      : await call('books.create', values);
    if (!result.ok) return result.error.message;
    notifications.show({
      color: 'teal',
      icon: <IconCheck size={18} aria-hidden />,
      message: t(book ? 'library.book.saved' : 'library.book.created', {
        title: result.value.title,
      }),
    });
    onSaved(result.value);
    return null;
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(book ? 'library.book.editTitle' : 'library.book.newTitle')}
      size="lg"
    >
      {opened && (
        <BookForm
          // A different book is a fresh form.
          key={book?.id ?? 'new'}
          initial={book ? bookToForm(book) : emptyBookForm()}
          onLoan={book ? book.copies - book.available : 0}
          submitLabel={t(book ? 'library.book.save' : 'library.book.create')}
          onSave={save}
          onCancel={onClose}
        />
      )}
    </Modal>
  );
}
