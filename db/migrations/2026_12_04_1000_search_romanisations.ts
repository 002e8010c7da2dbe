import { type Kysely, sql } from 'kysely';

/*
 * Issue 13.1: a Cyrillic name is found by each of its Czech and English romanisations (Наталья
 * by natalja, natalya and natalia). The search index's names and phonetic columns now hold every
 * romanisation (pristav_search_names, pristav_search_phonetic), and the folding behind the
 * duplicate keys no longer splits a word at a soft sign (anyAscii wrote Natal'ya). The triggers
 * are replaced and the index and the keys of every existing client rebuilt, in this migration's
 * transaction. Local derived data only: nothing synced changes.
 */
function indexRow(row: string): string {
  const names = `${row}.family_name || ' ' || ${row}.given_names || ' ' || ${row}.nickname || ' ' || ${row}.other_spellings`;
  return `${row}.rowid,
      pristav_search_names(${names}),
      pristav_search_phonetic(${names}),
      pristav_search_extra(${row}.birth_date, ${row}.phone)`;
}

export async function up(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db);
  await run('DROP TRIGGER clients_index_insert');
  await run('DROP TRIGGER clients_index_update');
  await run(`CREATE TRIGGER clients_index_insert AFTER INSERT ON clients BEGIN
    INSERT INTO client_search (rowid, names, phonetic, extra) VALUES (${indexRow('new')});
    INSERT INTO client_keys (client_rowid, sort_key, dup_key, family_key, phone_key) VALUES (
      new.rowid,
      pristav_sort_key(CASE WHEN new.is_pseudonymous THEN new.nickname ELSE new.family_name || ' ' || new.given_names END),
      pristav_dup_key(new.family_name || ' ' || new.given_names || ' ' || new.nickname),
      pristav_dup_key(CASE WHEN new.is_pseudonymous THEN new.nickname ELSE new.family_name END),
      pristav_phone_key(new.phone));
  END`);
  await run(`CREATE TRIGGER clients_index_update AFTER UPDATE ON clients BEGIN
    DELETE FROM client_search WHERE rowid = old.rowid;
    INSERT INTO client_search (rowid, names, phonetic, extra) VALUES (${indexRow('new')});
    UPDATE client_keys SET
      sort_key = pristav_sort_key(CASE WHEN new.is_pseudonymous THEN new.nickname ELSE new.family_name || ' ' || new.given_names END),
      dup_key = pristav_dup_key(new.family_name || ' ' || new.given_names || ' ' || new.nickname),
      family_key = pristav_dup_key(CASE WHEN new.is_pseudonymous THEN new.nickname ELSE new.family_name END),
      phone_key = pristav_phone_key(new.phone)
    WHERE client_rowid = new.rowid;
  END`);

  // Every client again, with the new keys.
  await run(`INSERT INTO client_search (client_search) VALUES ('delete-all')`);
  await run(`INSERT INTO client_search (rowid, names, phonetic, extra)
    SELECT ${indexRow('c')} FROM clients c`);
  await run(`UPDATE client_keys SET
      dup_key = (SELECT pristav_dup_key(c.family_name || ' ' || c.given_names || ' ' || c.nickname)
        FROM clients c WHERE c.rowid = client_keys.client_rowid),
      family_key = (SELECT pristav_dup_key(CASE WHEN c.is_pseudonymous THEN c.nickname ELSE c.family_name END)
        FROM clients c WHERE c.rowid = client_keys.client_rowid)`);
}
