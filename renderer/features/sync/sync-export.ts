import type { SyncExportResult } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { downloadBase64 } from '../../files/download-base64.ts';

export type SaveFile = (base64: string, fileName: string, type: string) => void;

export type ExportOutcome = { ok: true; result: SyncExportResult } | { ok: false; message: string };

/**
 * sync.export to one recipient (`hq`, `all` or a branch's id). Without a folder the files come
 * back inline and each is handed to the browser as a download, under the name the API chose.
 */
export async function exportSyncFiles(
  to: string,
  folder: string | null,
  save: SaveFile = downloadBase64,
): Promise<ExportOutcome> {
  const result = await call('sync.export', folder ? { to, folder } : { to });
  if (!result.ok) return { ok: false, message: result.error.message };
  for (const file of result.value.files) {
    if (file.contentBase64 !== null)
      save(file.contentBase64, file.name, 'application/octet-stream');
  }
  return { ok: true, result: result.value };
}
