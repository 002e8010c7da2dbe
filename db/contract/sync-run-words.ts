import type { ErrorParams } from './error-params.ts';
import { type ErrorCode, errorMessage } from './errors.ts';
import type { Language, Translated } from './language.ts';
import type { SyncRunStatus } from './sync.ts';

/** Why the folder scan left a file (db/sync/folder/incoming-files.ts `SkipReason`), in words. */
const skipReasonWords: Record<string, Translated> = {
  incomplete: { cs: 'soubor se ještě zapisuje', en: 'still being written' },
  unreadable: { cs: 'soubor nelze přečíst', en: 'cannot be read' },
  tooNew: { cs: 'novější formát – aktualizujte Přístav', en: 'newer format – update Přístav' },
  otherRecipient: { cs: 'pro jiné pracoviště', en: 'for another site' },
  imported: { cs: 'už načteno', en: 'already imported' },
  copy: { cs: 'kopie téhož souboru', en: 'a copy of the same file' },
};

/** An error as a run keeps it: its code and params, worded only when someone asks. */
export interface SyncRunError {
  code: ErrorCode;
  params: ErrorParams;
}

/**
 * A folder sync run as its job keeps it (db/sync/folder-sync-job.ts): without language, a
 * skipped file's reason is a scan code or the error that refused it.
 */
export interface SyncRunRecord extends Omit<SyncRunStatus, 'skipped' | 'error'> {
  skipped: { name: string; reason: string | SyncRunError }[];
  error: SyncRunError | null;
}

/** The run as the API answers it, in the caller's language. */
export function describeSyncRun(run: SyncRunRecord, lang: Language): SyncRunStatus {
  const inWords = (error: SyncRunError) => errorMessage(error.code, lang, error.params);
  return {
    ...structuredClone(run),
    skipped: run.skipped.map(({ name, reason }) => ({
      name,
      reason:
        typeof reason === 'string' ? (skipReasonWords[reason]?.[lang] ?? reason) : inWords(reason),
    })),
    error: run.error === null ? null : { code: run.error.code, message: inWords(run.error) },
  };
}
