import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTempStore } from '../helpers/temp-database.ts';

/**
 * A command loads only what it needs: `pristav info` (and so every start of the app, which goes
 * through the same db/api.ts) must not load exceljs or pdfkit, the two heavy libraries behind
 * the XLSX and PDF exports; an export still loads them when it needs them. The CLI runs as a
 * real process with a hook that records every module it resolves (record-loaded-modules.ts).
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const recorder = fileURLToPath(new URL('./record-loaded-modules.ts', import.meta.url));
const heavyLibraries = ['exceljs', 'pdfkit'];

let database: Awaited<ReturnType<typeof openTempStore>>;
beforeAll(async () => {
  database = await openTempStore();
});
afterAll(() => database.close());

/** The packages under node_modules that a CLI run resolved a module of, and its output. */
function runRecorded(name: string, ...args: string[]) {
  const list = join(database.dir, `${name}.modules`);
  const run = spawnSync(
    process.execPath,
    ['--import', recorder, join(root, 'scripts/cli.ts'), '--db', database.file, ...args],
    { cwd: root, encoding: 'utf8', env: { ...process.env, PRISTAV_LOADED_MODULES: list } },
  );
  expect(run.status, run.stderr).toBe(0);
  const packages = new Set(
    readFileSync(list, 'utf8')
      .split('\n')
      .map((url) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1])
      .filter((name) => name !== undefined),
  );
  return { stdout: run.stdout, packages };
}

describe('what a CLI command loads', () => {
  it('info loads neither exceljs nor pdfkit, but does load the database driver', () => {
    const { stdout, packages } = runRecorded('info', 'info');
    expect(JSON.parse(stdout)).toMatchObject({ site: 'Centrum Liberec', town: 'Liberec' });
    // The recorder sees libraries at all: the driver info cannot do without.
    expect(packages).toContain('better-sqlite3-multiple-ciphers');
    for (const library of heavyLibraries) expect(packages).not.toContain(library);
  });

  it('a report export loads the library of its format when it writes the file', () => {
    const period = ['report', '--from', '2025-01-01', '--to', '2025-12-31'];
    const xlsx = join(database.dir, 'report.xlsx');
    const asXlsx = runRecorded('xlsx', ...period, '--format', 'xlsx', '--out', xlsx);
    expect(asXlsx.packages).toContain('exceljs');
    expect(asXlsx.packages).not.toContain('pdfkit');
    expect(readFileSync(xlsx).subarray(0, 2).toString('latin1')).toBe('PK');

    const pdf = join(database.dir, 'report.pdf');
    const asPdf = runRecorded('pdf', ...period, '--format', 'pdf', '--out', pdf);
    expect(asPdf.packages).toContain('pdfkit');
    expect(asPdf.packages).not.toContain('exceljs');
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
