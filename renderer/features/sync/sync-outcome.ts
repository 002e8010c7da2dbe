import type { SyncFileResult, SyncRunStatus } from '../../../db/contract/index.ts';

/** What ended: files read through "Načíst soubory" (or checked), or a whole "Synchronizovat". */
export type SyncOutcome =
  | { kind: 'import'; isDryRun: boolean; files: SyncFileResult[] }
  | { kind: 'run'; run: SyncRunStatus };
