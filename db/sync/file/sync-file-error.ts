import type { ErrorCode } from '../../contract/errors.ts';
import { PristavError } from '../../errors.ts';

type SyncFileErrorCode = Extract<ErrorCode, `SYNC_FILE_${string}`>;

/** A refusal of one file: every message names the file, so a batch import says which one. */
export function syncFileError(
  code: SyncFileErrorCode,
  path: string,
  params: Record<string, string | number> = {},
): PristavError {
  return new PristavError(code, { path, ...params });
}
