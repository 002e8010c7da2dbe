import { readLocalMeta, writeLocalMeta } from '../changes/index.ts';
import type { Store } from '../store.ts';

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
  const value = readLocalMeta(store, key);
  return value === null ? null : (JSON.parse(value) as ScaleProgress);
}

export function writeScaleProgress(store: Store, progress: ScaleProgress): void {
  writeLocalMeta(store, key, JSON.stringify(progress));
}

export function clearScaleProgress(store: Store): void {
  writeLocalMeta(store, key, null);
}

export function isSameRequest(a: ScaleRequest, b: Omit<ScaleRequest, 'today'>): boolean {
  return (
    a.clients === b.clients &&
    a.years === b.years &&
    a.seed === b.seed &&
    a.blockSize === b.blockSize
  );
}
