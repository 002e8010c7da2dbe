/**
 * How big a fuzz run is, from the environment:
 * - PRISTAV_FUZZ_RUNS: calls per method on the demo register (default 40; the run before
 *   set-up makes a fifth of that, at least 2);
 * - PRISTAV_FUZZ_SEED: the seed to replay (default 20_100; every run prints its seed);
 * - PRISTAV_FUZZ_TIMEOUT_MS: the most one call may take (default 5000);
 * - PRISTAV_FUZZ_TRACE=1: print each call before it is made (to see what a stuck run is doing).
 */
export interface FuzzSettings {
  runsPerMethod: number;
  seed: number;
  boundMs: number;
  isTraced: boolean;
}

function integer(name: string, fallback: number, min: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < min) {
    throw new Error(`${name} must be an integer ≥ ${min}, not "${text}"`);
  }
  return value;
}

export function fuzzSettings(): FuzzSettings {
  return {
    runsPerMethod: integer('PRISTAV_FUZZ_RUNS', 40, 1),
    seed: integer('PRISTAV_FUZZ_SEED', 20_100, -(2 ** 31)),
    boundMs: integer('PRISTAV_FUZZ_TIMEOUT_MS', 5_000, 100),
    isTraced: Boolean(process.env.PRISTAV_FUZZ_TRACE),
  };
}
