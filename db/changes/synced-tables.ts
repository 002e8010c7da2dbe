/**
 * The synced tables and their columns: what the change log may carry. Every write to these goes
 * through writeRow(); an import validates incoming operations against this list.
 */
export type ColumnType =
  'text' | 'nullableText' | 'integer' | 'nullableInteger' | 'boolean' | 'any';

export const syncedTables = {
  sites: {
    name: 'text',
    town: 'text',
    is_hq: 'boolean',
    signing_key: 'text',
    agreement_key: 'text',
    is_revoked: 'boolean',
    enrolled_on: 'nullableText',
    deleted: 'boolean',
  },
  users: {
    name: 'text',
    role: 'text',
    site_id: 'nullableText',
    password_hash: 'text',
    is_disabled: 'boolean',
    deleted: 'boolean',
  },
  erasures: { reason: 'text', erased_on: 'nullableText', deleted: 'boolean' },
  settings: { value: 'any', deleted: 'boolean' },
  clients: {
    is_pseudonymous: 'boolean',
    family_name: 'text',
    given_names: 'text',
    nickname: 'text',
    other_spellings: 'text',
    birth_date: 'nullableText',
    sex: 'nullableText',
    nationality: 'text',
    residence_status: 'nullableText',
    residence_valid_until: 'nullableText',
    town: 'text',
    phone: 'text',
    email: 'text',
    languages: 'text',
    preferred_language: 'text',
    first_contact: 'nullableText',
    registering_site_id: 'nullableText',
    consent_date: 'nullableText',
    consent_version: 'text',
    consent_withdrawn: 'nullableText',
    is_consent_pending: 'boolean',
    note: 'text',
    merged_into: 'nullableText',
    anonymised_on: 'nullableText',
    deleted: 'boolean',
  },
  service_types: { label_cs: 'text', label_en: 'text', is_archived: 'boolean', deleted: 'boolean' },
  service_acts: {
    client_id: 'text',
    type: 'text',
    date: 'text',
    town: 'text',
    minutes: 'nullableInteger',
    worker_id: 'nullableText',
    note: 'text',
    is_confidential: 'boolean',
    computer: 'text',
    partner_id: 'nullableText',
    event_id: 'nullableText',
    deleted: 'boolean',
  },
  courses: {
    kind: 'text',
    title: 'text',
    town: 'text',
    venue: 'text',
    level: 'text',
    lecturer: 'text',
    start_date: 'text',
    end_date: 'text',
    capacity: 'nullableInteger',
    schedule: 'text',
    deleted: 'boolean',
  },
  lessons: {
    course_id: 'text',
    date: 'text',
    start_time: 'text',
    end_time: 'text',
    is_cancelled: 'boolean',
    deleted: 'boolean',
  },
  enrolments: {
    course_id: 'text',
    client_id: 'text',
    enrolled_on: 'text',
    left_on: 'nullableText',
    deleted: 'boolean',
  },
  attendance: { lesson_id: 'text', client_id: 'text', is_present: 'boolean', deleted: 'boolean' },
  books: {
    title: 'text',
    author: 'text',
    language: 'text',
    isbn: 'text',
    copies: 'integer',
    shelf_mark: 'text',
    deleted: 'boolean',
  },
  loans: {
    book_id: 'text',
    client_id: 'text',
    loaned_on: 'text',
    due_on: 'text',
    returned_on: 'nullableText',
    renewals: 'integer',
    town: 'text',
    deleted: 'boolean',
  },
  anonymous_tallies: {
    date: 'text',
    type: 'text',
    town: 'text',
    count: 'integer',
    deleted: 'boolean',
  },
  legacy_refs: { row_id: 'text', deleted: 'boolean' },
  partners: {
    name: 'text',
    kind: 'text',
    town: 'text',
    contact: 'text',
    note: 'text',
    is_archived: 'boolean',
    deleted: 'boolean',
  },
  events: {
    date: 'text',
    town: 'text',
    kind: 'text',
    topic: 'text',
    participants: 'integer',
    partner_ids: 'text',
    note: 'text',
    deleted: 'boolean',
  },
} as const satisfies Record<string, Record<string, ColumnType>>;

export type SyncedTable = keyof typeof syncedTables;

/**
 * Columns of synced tables that are this database's own and never travel: a client's
 * local_number is the rowid alias that the search index and the summaries store (migration
 * client_local_numbers). A dump leaves them out, so two offices holding the same data agree.
 */
export const localColumns: Partial<Record<SyncedTable, readonly string[]>> = {
  clients: ['local_number'],
};
export type SyncedColumn<T extends SyncedTable> = keyof (typeof syncedTables)[T] & string;

/** A value as stored: booleans become 0/1 because STRICT tables have no boolean type. */
export type StoredValue = string | number | null;
export type FieldValue = StoredValue | boolean;

export function isSyncedTable(name: string): name is SyncedTable {
  return Object.hasOwn(syncedTables, name);
}

export function columnsOf(table: SyncedTable): readonly string[] {
  return Object.keys(syncedTables[table]);
}

/** Checks and normalises one value for its column; throws on a programming error. */
export function toStoredValue(table: SyncedTable, column: string, value: FieldValue): StoredValue {
  const type = (syncedTables[table] as Record<string, ColumnType>)[column];
  if (type === undefined) throw new Error(`Unknown column ${table}.${column}`);
  if (typeof value === 'boolean') {
    if (type !== 'boolean' && type !== 'any') throw new Error(`${table}.${column} is not boolean`);
    return value ? 1 : 0;
  }
  const isValid =
    type === 'any' ||
    (type === 'text' && typeof value === 'string') ||
    (type === 'nullableText' && (value === null || typeof value === 'string')) ||
    (type === 'integer' && Number.isInteger(value)) ||
    (type === 'nullableInteger' && (value === null || Number.isInteger(value))) ||
    (type === 'boolean' && (value === 0 || value === 1));
  if (!isValid) throw new Error(`Invalid value for ${table}.${column}`);
  return value;
}

/**
 * A stub's value (an erased person's data, SYNC.md "Erasure") is null whatever its column: in a
 * domain row it becomes the column's empty value, as erasure leaves it there.
 */
export function materialisedValue(
  table: SyncedTable,
  column: string,
  value: StoredValue,
): StoredValue {
  if (value !== null) return value;
  const type = (syncedTables[table] as Record<string, ColumnType>)[column];
  if (type === 'text') return '';
  if (type === 'integer' || type === 'boolean') return 0;
  return null;
}
