import { prepared, type Store } from '../store.ts';

/** What a scaled fill was asked for, and the day it counts its years from. */
export interface ScaleRequest {
  clients: number;
  years: number;
  seed: number;
  blockSize: number;
  today: string;
}

/** How far a fill got: the request, and the units (a block of clients' year) committed. */
export interface ScaleProgress extends ScaleRequest {
  unitsDone: number;
}

const key = 'demo_scale_progress';

/**
 * The progress note lives in local_meta (never synced) and is written in the same transaction
 * as each unit's rows, so it always says exactly which units are in the file.
 */
export function readScaleProgress(store: Store): ScaleProgress | null {
  // Plucked, as local-state.ts reads the same cached statement (pluck() is the statement's mode).
  const value = prepared(store, 'SELECT value FROM local_meta WHERE key = ?').pluck().get(key) as
    string | undefined;
  return value === undefined ? null : (JSON.parse(value) as ScaleProgress);
}

export function writeScaleProgress(store: Store, progress: ScaleProgress): void {
  prepared(
    store,
    `INSERT INTO local_meta (key, value) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  ).run(key, JSON.stringify(progress));
}

export function clearScaleProgress(store: Store): void {
  prepared(store, 'DELETE FROM local_meta WHERE key = ?').run(key);
}

export function isSameRequest(a: ScaleRequest, b: Omit<ScaleRequest, 'today'>): boolean {
  return (
    a.clients === b.clients &&
    a.years === b.years &&
    a.seed === b.seed &&
    a.blockSize === b.blockSize
  );
}
