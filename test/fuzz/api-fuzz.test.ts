import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames } from '../../db/contract/method-names.ts';
import { makeTempDir } from '../helpers/temp-database.ts';
import { preview } from './fuzz-checks.ts';
import { FuzzWorker } from './fuzz-client.ts';
import { commandArbitrary } from './fuzz-commands.ts';
import type { WorkerSetup } from './fuzz-worker.ts';
import { fuzzSettings } from './fuzz-settings.ts';
import { FuzzStats } from './fuzz-stats.ts';
import { buildWorkbook } from './legacy-files.ts';

/**
 * Issue 10, point 4: every method of the contract called with inputs derived from its zod
 * schema (valid, extreme, broken) on a real database. Each call must answer within the bound,
 * with an envelope, never INTERNAL; leave the synced data (`dump`) byte-identical when it is
 * refused or only reads; and store nothing that point 3 forbids (fuzz-checks.ts). Failures are
 * collected over the whole run and reported together, one per method and kind of problem, with
 * the input that showed it. Size, seed and bound: fuzz-settings.ts.
 */

const settings = fuzzSettings();
// The run on the demo register makes runsPerMethod calls per method; the one before set-up
// a fifth as many (most methods there can only answer NOT_INITIALISED).
const runsBeforeSetup = Math.max(2, Math.round(settings.runsPerMethod / 5));
const calls = (runsBeforeSetup + settings.runsPerMethod) * methodNames.length;
// Generous: a default run takes about 20 s; a hang costs its bound and a worker restart.
const testTimeout = 60_000 + calls * 150;

const failuresDir = join(import.meta.dirname, '../../test-output/fuzz');

let workbook: Uint8Array;
let temp: ReturnType<typeof makeTempDir>;
beforeAll(async () => {
  workbook = await buildWorkbook();
  temp = makeTempDir();
});
afterAll(() => temp.cleanup());

async function fuzz(title: string, setup: WorkerSetup, runsPerMethod: number) {
  const started = performance.now();
  const worker = await FuzzWorker.start(setup);
  const stats = new FuzzStats();
  try {
    const property = fc.asyncProperty(commandArbitrary(workbook), async (command) => {
      const { kind: _kind, ...request } = command;
      if (settings.isTraced) {
        console.log(`${command.method} ${JSON.stringify(preview(command.input))}`);
      }
      // The watchdog waits a little longer than the bound: the worker also dumps the data.
      const outcome = await worker.call(request, settings.boundMs + 3_000);
      stats.record(command, outcome, settings.boundMs);
    });
    await fc.assert(property, {
      seed: settings.seed,
      numRuns: runsPerMethod * methodNames.length,
      endOnFailure: true,
      // A register that grows out of bounds (a course of 200 years) slows every later call:
      // stop making calls in time to report what was found rather than time out silently.
      interruptAfterTimeLimit: testTimeout - 30_000,
    });
  } finally {
    await worker.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const planned = runsPerMethod * methodNames.length;
  const cut = stats.calls < planned ? ` — stopped at the time limit, ${planned} planned` : '';
  console.log(`${stats.summary(`${title} (seed ${settings.seed})${cut}`, seconds)}\n`);
  if (stats.failures.size > 0) {
    // The whole inputs, to replay a failure by hand (the message shows them cut short).
    mkdirSync(failuresDir, { recursive: true });
    const file = join(failuresDir, `${title.replaceAll(' ', '-')}-${settings.seed}.json`);
    writeFileSync(file, stats.failuresJson());
    console.log(`failing inputs: ${file}`);
  }
  expect(stats.failures.size, `failures:\n${stats.failureReport()}`).toBe(0);
}

describe('every API method, fuzzed', () => {
  it(
    'keeps its promises before the site is set up',
    () =>
      fuzz(
        'new database',
        { file: join(temp.dir, 'new.sqlite'), mode: 'create', fillDemo: false },
        runsBeforeSetup,
      ),
    testTimeout,
  );

  it(
    'keeps its promises on the demo register',
    () =>
      fuzz(
        'demo register',
        { file: join(temp.dir, 'demo.sqlite'), mode: 'create', fillDemo: true },
        settings.runsPerMethod,
      ),
    testTimeout,
  );
});
