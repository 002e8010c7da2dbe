import {
  compareRank,
  decodeKeys,
  encodeRowId,
  type HeldOperation,
  isSyncedTable,
  type LocalOpKey,
  readHeldOperation,
  readRowHeads,
  runWrite,
  siteUuidOf,
  type SyncedTable,
  toStoredValue,
  writeRow,
} from '../changes/index.ts';
import { fieldLabels } from '../contract/fields.ts';
import type { Language, Translated } from '../contract/language.ts';
import type { ReviewItem, ReviewValue } from '../contract/sync.ts';
import { PristavError } from '../errors.ts';
import { selectAll, selectFirst } from '../query.ts';
import type { Store } from '../store.ts';
import { siteName } from './site-registry.ts';

/** Labels of columns that no form names (fieldLabels covers the forms' fields). */
const columnLabels: Record<string, Translated> = {
  deleted: { cs: 'Smazání záznamu', en: 'Deletion of the record' },
  merged_into: { cs: 'Sloučení do záznamu', en: 'Merged into record' },
  is_present: { cs: 'Přítomnost na lekci', en: 'Presence at the lesson' },
  type: { cs: 'Druh služby', en: 'Service type' },
  date: { cs: 'Datum', en: 'Date' },
  minutes: { cs: 'Minuty', en: 'Minutes' },
  title: { cs: 'Název', en: 'Title' },
  returned_on: { cs: 'Vráceno', en: 'Returned on' },
  due_on: { cs: 'Vrátit do', en: 'Due on' },
  value: { cs: 'Hodnota nastavení', en: 'Setting value' },
};

function labelOf(column: string, lang: Language): string {
  const field = column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return (columnLabels[column] ?? fieldLabels[field])?.[lang] ?? column;
}

const personTables = ['service_acts', 'loans', 'enrolments', 'attendance'] as const;

function isPersonTable(table: string): table is (typeof personTables)[number] {
  return (personTables as readonly string[]).includes(table);
}

/** The client a row belongs to: itself, or the client its act, loan or attendance is for. */
function clientOf(store: Store, table: string, row: string): { id: string; name: string } | null {
  const id =
    table === 'clients'
      ? row
      : isPersonTable(table)
        ? (selectFirst(store, store.db.selectFrom(table).select('client_id').where('id', '=', row))
            ?.client_id ?? null)
        : null;
  if (id === null) return null;
  const client = selectFirst(
    store,
    store.db
      .selectFrom('clients')
      .select(['family_name', 'given_names', 'nickname', 'is_pseudonymous'])
      .where('id', '=', id),
  );
  if (!client) return { id, name: '' };
  const name = client.is_pseudonymous
    ? client.nickname
    : `${client.family_name} ${client.given_names}`.trim();
  return { id, name };
}

function authorName(
  store: Store,
  cache: Map<number, string>,
  author: number | null,
): string | null {
  if (author === null) return null;
  const uuid = siteUuidOf(store, cache, author);
  return (
    selectFirst(store, store.db.selectFrom('users').select('name').where('id', '=', uuid))?.name ??
    null
  );
}

function fieldId(store: Store, table: string, column: string): number | undefined {
  return selectFirst(
    store,
    store.db
      .selectFrom('op_fields')
      .select('id')
      .where('table_name', '=', table)
      .where('column_name', '=', column),
  )?.id;
}

/** Columns whose value is a client's id: shown by the client's name. */
const clientColumns = new Set(['merged_into', 'client_id']);

function referenceLabel(store: Store, column: string, value: unknown): string | null {
  if (!clientColumns.has(column) || typeof value !== 'string') return null;
  return clientOf(store, 'clients', value)?.name || null;
}

/** The review queue with each value, who wrote it where and when, and which one shows now. */
export function listReviewItems(store: Store, lang: Language): ReviewItem[] {
  const items = selectAll(
    store,
    store.db
      .selectFrom('review_items')
      .selectAll()
      .orderBy('table_name')
      .orderBy('row_id')
      .orderBy('column_name'),
  );
  const cache = new Map<number, string>();
  return items.map((item) => {
    const heads = readRowHeads(store, encodeRowId(item.row_id));
    const held = (key: LocalOpKey) => readHeldOperation(store, cache, key);
    const field = fieldId(store, item.table_name, item.column_name);
    // Winner first, then by rank: the same list at every site, whatever order files came in.
    let candidates = decodeKeys((field !== undefined && heads.get(field)) || null)
      .map(held)
      .sort((a, b) => compareRank(b, a));
    if (item.kind === 'deleteEdit') candidates = deleteAndEdits(heads, field, candidates, held);
    const winner = candidates.reduce(
      (best, next) => (compareRank(next, best) > 0 ? next : best),
      candidates[0]!,
    );
    const client = clientOf(store, item.table_name, item.row_id);
    const toValue = (operation: HeldOperation, value = operation.value): ReviewValue => ({
      value,
      valueLabel: referenceLabel(store, item.column_name, value),
      site: operation.site,
      siteName: siteName(store, operation.site),
      author: operation.author === null ? null : siteUuidOf(store, cache, operation.author),
      authorName: authorName(store, cache, operation.author),
      at: new Date(operation.hlc.wall).toISOString(),
      isWinner: operation === winner,
    });
    return {
      id: item.id,
      kind: item.kind,
      table: item.table_name,
      row: item.row_id,
      column: item.column_name,
      label: labelOf(item.column_name, lang),
      clientId: client?.id ?? null,
      clientName: client?.name ?? null,
      values: candidates.map((operation) =>
        item.kind === 'deleteEdit' && operation !== candidates[0]
          ? { ...toValue(operation, 0), isWinner: false }
          : toValue(operation),
      ),
    };
  });
}

/**
 * A deleteEdit item offers the delete (value 1, "keep deleted") and, as "restore" (value 0),
 * the latest edit the delete did not know.
 */
function deleteAndEdits(
  heads: Map<number, Uint8Array>,
  deletedField: number | undefined,
  deletes: HeldOperation[],
  held: (key: LocalOpKey) => HeldOperation,
): HeldOperation[] {
  const winner = deletes.reduce((best, next) => (compareRank(next, best) > 0 ? next : best));
  const known = new Set(winner.deps.map((key) => key.join(':')));
  const edits = [...heads]
    .filter(([field]) => field !== deletedField)
    .flatMap(([, keys]) => decodeKeys(keys))
    .filter((key) => !known.has(key.join(':')))
    .map(held);
  const latest = edits.reduce((best, next) => (compareRank(next, best) > 0 ? next : best));
  return [winner, latest];
}

export function countReviewItems(store: Store): number {
  const row = selectFirst(
    store,
    store.db.selectFrom('review_items').select((eb) => eb.fn.countAll<number>().as('count')),
  );
  return row?.count ?? 0;
}

/**
 * A person's choice for one item: an ordinary edit of the field, written even when it keeps
 * the value shown, that depends on every head, so it closes the item here and, when its file
 * arrives, everywhere.
 */
export function resolveReviewItem(
  store: Store,
  userId: string | null,
  input: { id: string; value: string | number | boolean | null },
): { id: string } {
  const item = selectFirst(
    store,
    store.db.selectFrom('review_items').selectAll().where('id', '=', input.id),
  );
  if (!item || !isSyncedTable(item.table_name)) {
    throw new PristavError('REVIEW_ITEM_NOT_FOUND', { id: input.id });
  }
  const table: SyncedTable = item.table_name;
  try {
    toStoredValue(table, item.column_name, input.value);
  } catch {
    throw new PristavError('REVIEW_VALUE_INVALID', {
      value: String(input.value),
      field: labelOf(item.column_name, 'cs'),
    });
  }
  runWrite(store, userId, (w) =>
    writeRow(
      w,
      table,
      item.row_id,
      { [item.column_name]: input.value },
      {
        resolve: [item.column_name],
      },
    ),
  );
  return { id: input.id };
}
