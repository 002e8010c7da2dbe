import type { ImportPhase } from '../contract/legacy-import.ts';

/** Thrown at a checkpoint of a job that was asked to stop. */
export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImportCancelled';
  }
}

/** Rows between two turns of the event loop, when `import.status` and `import.cancel` answer. */
export const rowsPerChunk = 1000;

/** How a long import reports progress and learns it should stop. */
export interface JobControl {
  progress(phase: ImportPhase, done: number, total: number): void;
  /** Lets other callbacks run; throws ImportCancelled when the job was cancelled meanwhile. */
  checkpoint(): Promise<void>;
}

export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** For work that nobody watches or cancels (tests, the CLI's dry run). */
export const unwatched: JobControl = { progress: () => {}, checkpoint: nextTurn };
