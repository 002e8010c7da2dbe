import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runWrite, writeRow } from '../../db/changes/index.ts';
import { toClientColumns } from '../../db/clients/client-mapping.ts';
import { buildMatchQuery, searchClients } from '../../db/clients/client-search.ts';
import { clientFields } from '../../db/contract/clients.ts';
import { newId } from '../../db/ids.ts';
import { openStore } from '../../db/open-app.ts';
import { createSite } from '../../db/site/site-queries.ts';
import type { Store } from '../../db/store.ts';
import { generateClient } from '../../db/demo/client-generator.ts';
import { createRandom, type Random } from '../../db/demo/random.ts';
import type { BenchResult } from './bench-format.ts';

const clientCount = 300_000;
const queryCount = 1_000;

/** Fills a register through the real write path, in import-sized transactions. */
export async function buildRegister(dir: string): Promise<Store> {
  const store = await openStore({ file: join(dir, 'register.sqlite'), mode: 'create' });
  createSite(store, { name: 'Bench', town: 'Liberec', isHq: true, adminName: 'Bench' });
  const random = createRandom(300);
  for (let done = 0; done < clientCount; done += 2_000) {
    runWrite(store, null, (w) => {
      for (let i = 0; i < 2_000; i++) {
        const client = clientFields.parse(generateClient(random, 2010 + (i % 5)));
        writeRow(w, 'clients', newId(), { ...toClientColumns(client), deleted: false });
      }
    });
  }
  return store;
}

/** What workers type: the start of a name, two name parts, a birth year, part of a phone. */
function typicalQuery(random: Random, names: string[]): string {
  const name = random.pick(names);
  const [family = '', given = ''] = name.split(' ');
  switch (random.int(0, 4)) {
    case 0:
      return family.slice(0, random.int(3, Math.max(3, family.length)));
    case 1:
      return `${family} ${given.slice(0, 2)}`;
    case 2:
      return `${given.slice(0, 3)} ${family.slice(0, 4)}`;
    case 3:
      return `${family.slice(0, 4)} ${random.int(1950, 1992)}`;
    default:
      return name;
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

export async function benchClientSearch(dir: string): Promise<BenchResult[]> {
  const buildStart = performance.now();
  const store = await buildRegister(dir);
  const buildMs = performance.now() - buildStart;
  const names = (
    store.sqlite
      .prepare("SELECT family_name || ' ' || given_names AS n FROM clients LIMIT 5000")
      .all() as { n: string }[]
  ).map((r) => r.n);
  const random = createRandom(1);
  const queries = Array.from({ length: queryCount }, () => typicalQuery(random, names));
  const bare = store.sqlite.prepare(
    'SELECT rowid FROM client_search WHERE client_search MATCH ? LIMIT 50',
  );

  // Warm both paths once so neither pays for the first page reads alone.
  for (const q of queries.slice(0, 50)) {
    searchClients(store, q, 50);
    bare.all(buildMatchQuery(q));
  }
  const ours: number[] = [];
  const baseline: number[] = [];
  for (const q of queries) {
    let start = performance.now();
    searchClients(store, q, 50);
    ours.push(performance.now() - start);
    const match = buildMatchQuery(q);
    start = performance.now();
    bare.all(match);
    baseline.push(performance.now() - start);
  }
  ours.sort((a, b) => a - b);
  baseline.sort((a, b) => a - b);
  store.sqlite.close();
  return [
    {
      name: `client search p50 (${clientCount / 1000}k clients, ${queryCount} queries)`,
      unit: 'ms',
      figure: percentile(ours, 0.5),
      baseline: percentile(baseline, 0.5),
    },
    {
      name: 'client search p95',
      unit: 'ms',
      figure: percentile(ours, 0.95),
      baseline: percentile(baseline, 0.95),
      target: 'p95 ≤ 10 ms',
    },
    {
      name: `register of ${clientCount / 1000}k clients through the write path (setup)`,
      unit: 's',
      figure: buildMs / 1000,
    },
  ];
}
