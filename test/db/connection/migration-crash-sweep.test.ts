import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../../../db/demo/random.ts';
import { openStore } from '../../../db/open-app.ts';
import { type KillPlan, runAndKill, sweepTrials } from '../../helpers/kill-sweep.ts';
import {
  countRows,
  createDatabaseAtVersion,
  migrationNames,
  type OldSchemaContents,
} from '../../helpers/old-schema.ts';
import { cli } from '../../helpers/run-cli.ts';
import { makeTempDir } from '../../helpers/temp-database.ts';

const child = join(import.meta.dirname, 'crash-child.ts');
const latest = migrationNames.length;
const delays = [0, 0, 1, 2, 4, 8];

interface Tally {
  trials: number;
  killed: number;
  killedInsideMigration: number;
  finishedFirst: number;
  noFile: number;
  openedAtOld: number;
  openedAtNew: number;
}

/**
 * `kill -9` while the schema is created (init) and while it is upgraded from every earlier
 * version, at every step the opener announces and a few milliseconds after it. Every file left
 * behind must pass integrity_check at the version it had or at the latest, open in the app,
 * and keep every record it had. PRISTAV_CRASH_TRIALS=N runs N trials per starting version.
 */
describe('a crash while the schema is created or upgraded', () => {
  const temp = makeTempDir();
  const templates = new Map<number, { file: string; contents: OldSchemaContents }>();
  const tally: Tally = {
    trials: 0,
    killed: 0,
    killedInsideMigration: 0,
    finishedFirst: 0,
    noFile: 0,
    openedAtOld: 0,
    openedAtNew: 0,
  };

  beforeAll(async () => {
    for (let version = 1; version < latest; version++) {
      const file = join(temp.dir, `template-v${version}.sqlite`);
      templates.set(version, { file, contents: await createDatabaseAtVersion(file, version) });
    }
  });
  afterAll(() => {
    console.log(`migration crash sweep: ${JSON.stringify(tally)}`);
    temp.cleanup();
  });

  it('leaves a file that opens at the old or the new version, whole', async () => {
    const random = createRandom(Number(process.env.PRISTAV_CRASH_SEED ?? 20261202));
    const perVersion = sweepTrials(6);
    for (let from = 0; from < latest; from++) {
      // Steps: open, begin, one per pending migration, commit (and site, for a new file).
      const steps = 3 + (latest - from) + (from === 0 ? 1 : 0);
      for (let trial = 0; trial < perVersion; trial++) {
        const file = join(temp.dir, `v${from}-trial${trial}.sqlite`);
        const template = templates.get(from);
        if (template) copyFileSync(template.file, file);
        // Spread the kills over every step, in order, then at random ones.
        const plan: KillPlan = {
          afterLine: trial < steps ? trial : random.int(0, steps - 1),
          delayMs: random.pick(delays),
        };
        const outcome = await runAndKill(child, from === 0 ? [file, '--site'] : [file], plan);
        expect(outcome.stderr).toBe('');
        tally.trials += 1;
        if (outcome.wasKilled) tally.killed += 1;
        else tally.finishedFirst += 1;
        const last = outcome.lines.at(-1) ?? '';
        if (outcome.wasKilled && (last === 'begin' || last.startsWith('migration '))) {
          tally.killedInsideMigration += 1;
        }
        await expectWhole(file, from, template?.contents, tally);
      }
    }
    expect(tally.killedInsideMigration).toBeGreaterThan(0);
    expect(tally.openedAtOld + tally.openedAtNew + tally.noFile).toBe(tally.trials);
  }, 600_000);
});

async function expectWhole(
  file: string,
  from: number,
  before: OldSchemaContents | undefined,
  tally: Tally,
): Promise<void> {
  if (!existsSync(file)) {
    expect(from).toBe(0); // killed before SQLite created it
    tally.noFile += 1;
    return;
  }
  const version = inspect(file);
  expect([from, latest]).toContain(version);
  if (version === latest) tally.openedAtNew += 1;
  else tally.openedAtOld += 1;

  if (from === 0) await expectInitToCarryOn(file);
  const store = await openStore({ file, mode: 'open' });
  try {
    expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(store.sqlite.prepare('SELECT count(*) FROM kysely_migration').pluck().get()).toBe(
      latest,
    );
    if (before) expect(countRows(store.sqlite)).toMatchObject(before.rows);
  } finally {
    store.sqlite.close();
  }
  for (const backup of backupsOf(file)) expect(inspect(backup)).toBe(from);
}

/** Running `pristav init` again after the crash finishes the job, or says it was done. */
async function expectInitToCarryOn(file: string): Promise<void> {
  const again = await cli('--db', file, 'init', '--site', 'Centrum Liberec', '--town', 'Liberec');
  if (again.code === 0) expect(JSON.parse(again.stdout)).toMatchObject({ isHq: false });
  else expect(again.stderr).toMatch(/už existuje/);
}

/** Opens the file bare (recovering its WAL), checks every page and reads its schema version. */
function inspect(file: string): number {
  const raw = new Sqlite(file, { fileMustExist: true });
  try {
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    const hasTable = raw
      .prepare("SELECT count(*) FROM sqlite_master WHERE name = 'kysely_migration'")
      .pluck()
      .get();
    return hasTable
      ? (raw.prepare('SELECT count(*) FROM kysely_migration').pluck().get() as number)
      : 0;
  } finally {
    raw.close();
  }
}

/** Finished pre-upgrade backups (a `.partial` one was cut short by the kill and is ignored). */
function backupsOf(file: string): string[] {
  const dir = join(file, '..');
  return readdirSync(dir)
    .filter((name) => name.startsWith(`${basename(file)}.v`) && name.endsWith('.bak'))
    .map((name) => join(dir, name));
}
