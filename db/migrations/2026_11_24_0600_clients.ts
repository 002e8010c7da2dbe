import { type Kysely, sql } from 'kysely';

/**
 * The client register: the synced `clients` table, and local derived tables kept by triggers
 * (search index, sort and duplicate keys) so that every path that changes a client — a form,
 * the CLI, an import from another office — keeps them right without remembering to.
 * The triggers call pristav_* functions that the app registers on every connection.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE clients (
    id TEXT PRIMARY KEY,
    is_pseudonymous INTEGER NOT NULL DEFAULT 0,
    family_name TEXT NOT NULL DEFAULT '',
    given_names TEXT NOT NULL DEFAULT '',
    nickname TEXT NOT NULL DEFAULT '',
    other_spellings TEXT NOT NULL DEFAULT '',
    birth_date TEXT,
    sex TEXT,
    nationality TEXT NOT NULL DEFAULT '',
    residence_status TEXT,
    residence_valid_until TEXT,
    town TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '[]',
    preferred_language TEXT NOT NULL DEFAULT '',
    first_contact TEXT,
    registering_site_id TEXT,
    consent_date TEXT,
    consent_version TEXT NOT NULL DEFAULT '',
    consent_withdrawn TEXT,
    is_consent_pending INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    merged_into TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
  ) STRICT`.execute(db);
  await sql`CREATE INDEX clients_by_merged_into ON clients (merged_into) WHERE merged_into IS NOT NULL`.execute(
    db,
  );

  // Names folded to ASCII (Nguyễn → nguyen, Шевченко → shevchenko), their phonetic keys
  // (Shevchenko, Ševčenko, Sevcenko → sevcenko) and the birth date and phone as searchable text.
  await sql`CREATE VIRTUAL TABLE client_search USING fts5(
    names, phonetic, extra,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
  )`.execute(db);

  await sql`CREATE TABLE client_keys (
    client_rowid INTEGER PRIMARY KEY,
    sort_key TEXT NOT NULL,
    dup_key TEXT NOT NULL,
    family_key TEXT NOT NULL,
    phone_key TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE INDEX client_keys_by_sort ON client_keys (sort_key)`.execute(db);
  await sql`CREATE INDEX client_keys_by_dup ON client_keys (dup_key)`.execute(db);
  await sql`CREATE INDEX client_keys_by_family ON client_keys (family_key)`.execute(db);
  await sql`CREATE INDEX client_keys_by_phone ON client_keys (phone_key) WHERE phone_key <> ''`.execute(
    db,
  );

  await sql`CREATE TRIGGER clients_index_insert AFTER INSERT ON clients BEGIN
    INSERT INTO client_search (rowid, names, phonetic, extra) VALUES (
      new.rowid,
      pristav_fold(new.family_name || ' ' || new.given_names || ' ' || new.nickname || ' ' || new.other_spellings),
      pristav_phonetic(new.family_name || ' ' || new.given_names || ' ' || new.nickname || ' ' || new.other_spellings),
      pristav_search_extra(new.birth_date, new.phone));
    INSERT INTO client_keys (client_rowid, sort_key, dup_key, family_key, phone_key) VALUES (
      new.rowid,
      pristav_sort_key(CASE WHEN new.is_pseudonymous THEN new.nickname ELSE new.family_name || ' ' || new.given_names END),
      pristav_dup_key(new.family_name || ' ' || new.given_names || ' ' || new.nickname),
      pristav_dup_key(CASE WHEN new.is_pseudonymous THEN new.nickname ELSE new.family_name END),
      pristav_phone_key(new.phone));
  END`.execute(db);

  await sql`CREATE TRIGGER clients_index_update AFTER UPDATE ON clients BEGIN
    DELETE FROM client_search WHERE rowid = old.rowid;
    INSERT INTO client_search (rowid, names, phonetic, extra) VALUES (
      new.rowid,
      pristav_fold(new.family_name || ' ' || new.given_names || ' ' || new.nickname || ' ' || new.other_spellings),
      pristav_phonetic(new.family_name || ' ' || new.given_names || ' ' || new.nickname || ' ' || new.other_spellings),
      pristav_search_extra(new.birth_date, new.phone));
    UPDATE client_keys SET
      sort_key = pristav_sort_key(CASE WHEN new.is_pseudonymous THEN new.nickname ELSE new.family_name || ' ' || new.given_names END),
      dup_key = pristav_dup_key(new.family_name || ' ' || new.given_names || ' ' || new.nickname),
      family_key = pristav_dup_key(CASE WHEN new.is_pseudonymous THEN new.nickname ELSE new.family_name END),
      phone_key = pristav_phone_key(new.phone)
    WHERE client_rowid = new.rowid;
  END`.execute(db);

  await sql`CREATE TRIGGER clients_index_delete AFTER DELETE ON clients BEGIN
    DELETE FROM client_search WHERE rowid = old.rowid;
    DELETE FROM client_keys WHERE client_rowid = old.rowid;
  END`.execute(db);

  // Who created, changed, merged or opened which client record: append-only by construction.
  await sql`CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_id TEXT,
    site_id TEXT,
    action TEXT NOT NULL CHECK (action IN ('create', 'update', 'merge', 'unmerge', 'open')),
    client_id TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE INDEX audit_log_by_client ON audit_log (client_id)`.execute(db);
  await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
  END`.execute(db);
  await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
  END`.execute(db);
}
