import { prepared, type Store } from '../store.ts';

/** An operation's key: [site, counter]. */
export type OpKey = [string, number];

/** The heads of every field of a row, by column. */
export function readRowHeads(store: Store, table: string, id: string): Record<string, OpKey[]> {
  const row = prepared(
    store,
    'SELECT heads FROM row_heads WHERE table_name = ? AND row_id = ?',
  ).get(table, id) as { heads: string } | undefined;
  return row ? (JSON.parse(row.heads) as Record<string, OpKey[]>) : {};
}

export function saveRowHeads(
  store: Store,
  table: string,
  id: string,
  heads: Record<string, OpKey[]>,
  isNew: boolean,
): void {
  const json = JSON.stringify(heads);
  if (isNew) {
    prepared(store, 'INSERT INTO row_heads (table_name, row_id, heads) VALUES (?, ?, ?)').run(
      table,
      id,
      json,
    );
  } else {
    prepared(
      store,
      `INSERT INTO row_heads (table_name, row_id, heads) VALUES (?, ?, ?)
       ON CONFLICT (table_name, row_id) DO UPDATE SET heads = excluded.heads`,
    ).run(table, id, json);
  }
}
