import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runWrite, writeRow } from '../../db/changes/index.ts';
import { newId } from '../../db/ids.ts';
import { openStore } from '../../db/open-app.ts';
import { createSite } from '../../db/site/site-queries.ts';
import type { Store } from '../../db/store.ts';
import { type BenchResult, median } from './bench-format.ts';

// × 3 fields = 100 002 field writes; every value differs from the column default, so each one
// is an operation (a new row writes none for fields left at their defaults).
const rowsPerRun = 33_334;
const rowsPerTransaction = 500;
const roles = ['lecturer', 'reception', 'coordinator', 'admin'];

interface UserValues {
  id: string;
  name: string;
  role: string;
  site_id: string;
}

async function freshStore(dir: string, name: string): Promise<Store> {
  const store = await openStore({ file: join(dir, `${name}.sqlite`), mode: 'create' });
  createSite(store, { name: 'Bench', town: 'Liberec', isHq: true, adminName: 'Bench' });
  return store;
}

function makeRows(siteId: string): UserValues[] {
  return Array.from({ length: rowsPerRun }, (_, i) => ({
    id: newId(),
    name: `Pracovník ${i} Nguyễn Văn`,
    role: roles[i % roles.length]!,
    site_id: siteId,
  }));
}

function inBatches(rows: UserValues[], store: Store, work: (row: UserValues) => void) {
  for (let start = 0; start < rows.length; start += rowsPerTransaction) {
    const batch = rows.slice(start, start + rowsPerTransaction);
    store.sqlite.transaction(() => batch.forEach(work)).immediate();
  }
}

/** 100 000 field writes through writeRow() against plain prepared INSERTs of the same values. */
export async function benchWritePath(dir: string, runs = 3): Promise<BenchResult[]> {
  const insertTimes: number[] = [];
  const insertBaselines: number[] = [];
  const valueLogBaselines: number[] = [];
  const updateTimes: number[] = [];
  const updateBaselines: number[] = [];
  for (let run = 0; run < runs; run++) {
    const ours = await freshStore(dir, `ours-${run}`);
    const raw = await freshStore(dir, `raw-${run}`);
    const siteId = (
      ours.sqlite.prepare("SELECT value FROM local_meta WHERE key = 'site_id'").get() as {
        value: string;
      }
    ).value;
    const rows = makeRows(siteId);

    let start = performance.now();
    for (let i = 0; i < rows.length; i += rowsPerTransaction) {
      const batch = rows.slice(i, i + rowsPerTransaction);
      runWrite(ours, null, (w) => {
        for (const { id, ...fields } of batch) writeRow(w, 'users', id, fields);
      });
    }
    insertTimes.push(performance.now() - start);

    const insert = raw.sqlite.prepare(
      'INSERT INTO users (id, name, role, site_id) VALUES (?, ?, ?, ?)',
    );
    start = performance.now();
    inBatches(rows, raw, (r) => insert.run(r.id, r.name, r.role, r.site_id));
    insertBaselines.push(performance.now() - start);

    // A second yardstick: the same 100 000 values as one plain row each, as a bare log would.
    raw.sqlite.exec(
      'CREATE TABLE value_log (row_id TEXT NOT NULL, column_name TEXT NOT NULL, value ANY) STRICT',
    );
    const logValue = raw.sqlite.prepare('INSERT INTO value_log VALUES (?, ?, ?)');
    start = performance.now();
    inBatches(rows, raw, (r) => {
      logValue.run(r.id, 'name', r.name);
      logValue.run(r.id, 'role', r.role);
      logValue.run(r.id, 'site_id', r.site_id);
    });
    valueLogBaselines.push(performance.now() - start);

    // Edits of existing rows: each field write now also finds and replaces the field's head.
    const edited = rows.map((r) => ({
      ...r,
      name: `${r.name} (upr.)`,
      role: 'worker',
      site_id: `${siteId}x`,
    }));
    start = performance.now();
    for (let i = 0; i < edited.length; i += rowsPerTransaction) {
      const batch = edited.slice(i, i + rowsPerTransaction);
      runWrite(ours, null, (w) => {
        for (const { id, ...fields } of batch) writeRow(w, 'users', id, fields);
      });
    }
    updateTimes.push(performance.now() - start);

    const update = raw.sqlite.prepare(
      'UPDATE users SET name = ?, role = ?, site_id = ? WHERE id = ?',
    );
    start = performance.now();
    inBatches(edited, raw, (r) => update.run(r.name, r.role, r.site_id, r.id));
    updateBaselines.push(performance.now() - start);

    ours.sqlite.close();
    raw.sqlite.close();
  }
  return [
    {
      name: 'write path: 100 002 new field values (33 334 rows × 3)',
      unit: 'ms',
      figure: median(insertTimes),
      baseline: median(insertBaselines),
      target: 'ratio ≤ 2',
    },
    {
      name: '… the same, against 100 002 one-value INSERTs',
      unit: 'ms',
      figure: median(insertTimes),
      baseline: median(valueLogBaselines),
    },
    {
      name: 'write path: 100 002 changed field values (with deps)',
      unit: 'ms',
      figure: median(updateTimes),
      baseline: median(updateBaselines),
    },
  ];
}
