import { Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconBookUpload, IconPencil, IconBan } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Book } from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { languageName } from './book-languages.ts';

interface BooksTableProps {
  books: Book[];
  onLend: (book: Book) => void;
  onEdit: (book: Book) => void;
}

const reasonId = (book: Book) => `book-unavailable-${book.id}`;

/** The catalogue as a table; each row lends or edits its book. */
export function BooksTable({ books, onLend, onEdit }: BooksTableProps) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table
        striped
        highlightOnHover
        verticalSpacing="xs"
        aria-label={t('library.catalogue.tableLabel')}
        className="library-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('library.columns.title')}</Table.Th>
            <Table.Th>{t('library.columns.author')}</Table.Th>
            <Table.Th>{t('library.columns.language')}</Table.Th>
            <Table.Th>{t('library.columns.shelfMark')}</Table.Th>
            <Table.Th>{t('library.columns.copies')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('library.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {books.map((book) => {
            const isUnavailable = book.available === 0;
            return (
              <Table.Tr key={book.id}>
                <Table.Td>
                  <Text fw={600}>{book.title}</Text>
                  {book.isbn && (
                    <Text size="xs" c="dimmed">
                      ISBN {book.isbn}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{book.author}</Table.Td>
                <Table.Td>{languageName(book.language, language)}</Table.Td>
                <Table.Td>{book.shelfMark}</Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    <Group gap="xs" wrap="nowrap">
                      <Text span size="sm">
                        {t('library.availability.available', {
                          available: book.available,
                          copies: book.copies,
                        })}
                      </Text>
                      {isUnavailable && (
                        <Badge
                          color="gray"
                          variant="outline"
                          c="gray.8"
                          leftSection={<IconBan size={12} aria-hidden />}
                        >
                          {t('library.availability.unavailable')}
                        </Badge>
                      )}
                    </Group>
                    {isUnavailable && (
                      <Text id={reasonId(book)} size="xs" c="dimmed">
                        {t('library.availability.unavailableReason', { count: book.copies })}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap" justify="flex-end">
                    <Button
                      size="xs"
                      data-lend-button={book.id}
                      leftSection={<IconBookUpload size={16} aria-hidden />}
                      disabled={isUnavailable}
                      aria-label={t('library.lend.buttonLabel', { title: book.title })}
                      aria-describedby={isUnavailable ? reasonId(book) : undefined}
                      onClick={() => onLend(book)}
                    >
                      {t('library.lend.button')}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      leftSection={<IconPencil size={16} aria-hidden />}
                      aria-label={t('library.book.editLabel', { title: book.title })}
                      onClick={() => onEdit(book)}
                    >
                      {t('library.book.edit')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
