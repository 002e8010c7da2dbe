import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { newId } from '../../db/ids.ts';
import { openStore } from '../../db/open-app.ts';
import { selectAll, selectFirst } from '../../db/query.ts';
import { prepared, type Store } from '../../db/store.ts';
import { type BenchResult, median } from './bench-format.ts';

/*
 * What a typed Kysely query costs over the raw prepared statement it compiles to (issue 14,
 * point 4): the builder and compile() run on every call, the statement itself is cached by its
 * SQL text in both cases. The figure decides where raw SQL stays: a query run once per screen
 * pays microseconds; one run per row of an import or a report refresh pays them a million times.
 * Reported per call (µs), medians of three runs over the same real file.
 */
const rows = 20_000;
const calls = 50_000;
const runs = 3;

async function fill(dir: string): Promise<{ store: Store; ids: string[] }> {
  const store = await openStore({ file: join(dir, 'query-builder.sqlite'), mode: 'create' });
  const ids = Array.from({ length: rows }, () => newId());
  const insert = store.sqlite.prepare(
    `INSERT INTO books (id, title, author, language) VALUES (?, ?, ?, ?)`,
  );
  store.sqlite.transaction(() => {
    ids.forEach((id, i) => insert.run(id, `Kniha ${i}`, `Autor ${i % 500}`, i % 2 ? 'ru' : 'uk'));
  })();
  return { store, ids };
}

function perCall(work: (i: number) => unknown): number {
  const start = performance.now();
  for (let i = 0; i < calls; i++) work(i);
  return ((performance.now() - start) * 1000) / calls;
}

/** µs per call of a point lookup and of a filtered list, Kysely (compiled each call) and raw. */
export async function benchQueryBuilder(dir: string): Promise<BenchResult[]> {
  const { store, ids } = await fill(dir);
  const point = { kysely: [] as number[], raw: [] as number[] };
  const list = { kysely: [] as number[], raw: [] as number[] };
  const pointSql = 'SELECT id, title, author FROM books WHERE id = ? AND deleted = 0';
  const listSql = 'SELECT id, title FROM books WHERE id >= ? AND deleted = 0 ORDER BY id LIMIT 20';
  try {
    for (let run = 0; run < runs; run++) {
      point.kysely.push(
        perCall((i) =>
          selectFirst(
            store,
            store.db
              .selectFrom('books')
              .select(['id', 'title', 'author'])
              .where('id', '=', ids[i % rows]!)
              .where('deleted', '=', 0),
          ),
        ),
      );
      point.raw.push(perCall((i) => prepared(store, pointSql).get(ids[i % rows])));
      list.kysely.push(
        perCall((i) =>
          selectAll(
            store,
            store.db
              .selectFrom('books')
              .select(['id', 'title'])
              .where('id', '>=', ids[i % rows]!)
              .where('deleted', '=', 0)
              .orderBy('id')
              .limit(20),
          ),
        ),
      );
      list.raw.push(perCall((i) => prepared(store, listSql).all(ids[i % rows])));
    }
  } finally {
    store.sqlite.close();
  }
  return [
    {
      name: 'query builder: point lookup by id, per call',
      unit: 'µs',
      figure: median(point.kysely),
      baseline: median(point.raw),
    },
    {
      name: 'query builder: 20 rows in key order from an id, per call',
      unit: 'µs',
      figure: median(list.kysely),
      baseline: median(list.raw),
    },
  ];
}
