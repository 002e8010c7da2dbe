import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { delayAfter, nameKey } from '../sign-in-attempts.ts';

/*
 * The sign-in's rule (sign-in-attempts.ts: five failures for one name, then 30 s doubling up to
 * 15 min) for unlocking an encrypted database at start. That happens before the database is
 * open, so the count cannot live in it; it is kept in a FILE BESIDE THE DATABASE
 * (`pristav.sqlite.unlock-attempts.json`, mode 0600), not in the host's memory: closing and
 * starting the app again must not reset it, as it does not reset a sign-in's. Names are kept
 * as a SHA-256 of nameKey(), so the file does not list who tried. Deleting the file resets the
 * count — whoever can do that can copy the key file and guess offline anyway; the delay is for
 * someone at the keyboard, and the key file's scrypt is what stands against the rest.
 */

interface Failures {
  failures: number;
  lastAt: number;
}

type AttemptsFile = Record<string, Failures>;

export function unlockAttemptsPath(databaseFile: string): string {
  return `${databaseFile}.unlock-attempts.json`;
}

export interface UnlockAttempts {
  /** Milliseconds until `name` may try again (0: now). */
  waitBeforeAttempt(name: string): number;
  recordFailure(name: string): void;
  clearFailures(name: string): void;
}

export function unlockAttempts(databaseFile: string, now: () => number = Date.now): UnlockAttempts {
  const path = unlockAttemptsPath(databaseFile);
  const idOf = (name: string) => createHash('sha256').update(nameKey(name)).digest('base64url');
  return {
    waitBeforeAttempt(name) {
      const row = readAttempts(path)[idOf(name)];
      if (!row) return 0;
      return Math.max(0, row.lastAt + delayAfter(row.failures) - now());
    },
    recordFailure(name) {
      const all = readAttempts(path);
      const id = idOf(name);
      all[id] = { failures: (all[id]?.failures ?? 0) + 1, lastAt: now() };
      writeAttempts(path, all);
    },
    clearFailures(name) {
      const all = readAttempts(path);
      const id = idOf(name);
      if (!(id in all)) return;
      const others = Object.fromEntries(Object.entries(all).filter(([key]) => key !== id));
      if (Object.keys(others).length === 0) rmSync(path, { force: true });
      else writeAttempts(path, others);
    },
  };
}

/** A missing or unreadable file counts nothing (it is rewritten at the next failure). */
function readAttempts(path: string): AttemptsFile {
  if (!existsSync(path)) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    const valid = Object.entries(parsed as Record<string, unknown>).filter(([, value]) => {
      const row = value as Partial<Failures> | null;
      return Number.isInteger(row?.failures) && Number.isFinite(row?.lastAt);
    });
    return Object.fromEntries(valid) as AttemptsFile;
  } catch {
    return {};
  }
}

/** Under a temporary name and renamed: a crash leaves the old count or the new one. */
function writeAttempts(path: string, all: AttemptsFile): void {
  const partial = `${path}.partial`;
  writeFileSync(partial, JSON.stringify(all) + '\n', { mode: 0o600 });
  renameSync(partial, path);
}
