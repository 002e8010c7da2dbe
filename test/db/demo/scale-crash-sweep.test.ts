import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpSyncedData } from '../../../db/changes/dump.ts';
import { createRandom } from '../../../db/demo/random.ts';
import { readScaleProgress } from '../../../db/demo/scale-progress.ts';
import { openStore } from '../../../db/open-app.ts';
import { runAndKill, sweepTrials } from '../../helpers/kill-sweep.ts';
import { makeTempDir } from '../../helpers/temp-database.ts';

const child = join(import.meta.dirname, 'scale-crash-child.ts');
const request = { clients: 120, years: 2, seed: 11, blockSize: 20 };
/** 6 blocks × 2 years: 12 units, each its own commit. */
const units = (request.clients / request.blockSize) * request.years;
const now = Date.UTC(2026, 10, 24, 10);
const args = (file: string) =>
  [file, request.clients, request.years, request.seed, request.blockSize, now].map(String);

/** Everything the fill wrote that a person or a report reads: synced rows and the audit log. */
async function contentsOf(file: string): Promise<string> {
  const store = await openStore({ file, mode: 'open', now: () => now });
  try {
    expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    const audit = store.sqlite
      .prepare('SELECT action, client_id FROM audit_log ORDER BY client_id, action')
      .all();
    return JSON.stringify({ data: dumpSyncedData(store), audit });
  } finally {
    store.sqlite.close();
  }
}

/**
 * `kill -9` during `demo --scale`, after each commit and between them; the file opens whole,
 * its progress note counts exactly the units in it, and running the same fill again resumes
 * and ends with the very data set an uninterrupted fill writes. PRISTAV_CRASH_TRIALS=N.
 */
describe('a crash while demo --scale fills the register', () => {
  const temp = makeTempDir();
  let expected = '';
  const tally = { trials: 0, killed: 0, resumed: 0, filesWhole: 0 };

  beforeAll(async () => {
    const file = join(temp.dir, 'uninterrupted.sqlite');
    const run = await runAndKill(child, args(file), { afterLine: 1_000, delayMs: 0 });
    expect(run.lines.at(-1)).toBe('done 0');
    expected = await contentsOf(file);
  }, 120_000);
  afterAll(() => {
    console.log(`demo --scale crash sweep: ${JSON.stringify(tally)}`);
    temp.cleanup();
  });

  it('resumes where it stopped and ends with the same data set', async () => {
    const random = createRandom(Number(process.env.PRISTAV_CRASH_SEED ?? 7));
    const trials = sweepTrials(8);
    for (let trial = 0; trial < trials; trial++) {
      const file = join(temp.dir, `trial${trial}.sqlite`);
      // Line 0 is "open"; line k is the k-th commit. Kill anywhere from just opened to the end.
      const plan = { afterLine: random.int(0, units), delayMs: random.pick([0, 0, 1, 3, 10]) };
      const killed = await runAndKill(child, args(file), plan);
      expect(killed.stderr).toBe('');
      tally.trials += 1;
      if (killed.wasKilled) tally.killed += 1;
      if (existsSync(file)) {
        const committed = killed.lines.filter((line) => line.startsWith('commit ')).length;
        const store = await openStore({ file, mode: 'open', now: () => now });
        try {
          expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
          const done = readScaleProgress(store)?.unitsDone ?? 0;
          // The last commit may have landed without its line being printed.
          if (killed.wasKilled) expect([committed, committed + 1]).toContain(done);
        } finally {
          store.sqlite.close();
        }
        tally.filesWhole += 1;
      }
      const rerun = await runAndKill(child, args(file), { afterLine: 1_000, delayMs: 0 });
      expect(rerun.stderr).toBe('');
      expect(rerun.lines.at(-1)).toMatch(/^done \d+$/);
      if (rerun.lines.at(-1) !== 'done 0') tally.resumed += 1;
      expect(await contentsOf(file)).toBe(expected);
    }
    expect(tally.resumed).toBeGreaterThan(0);
  }, 600_000);
});
