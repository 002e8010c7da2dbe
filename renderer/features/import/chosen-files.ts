import type { ImportFile } from '../../../db/contract/index.ts';

/** The API takes at most this many files in one import (importSourceInput). */
export const maxImportFiles = 10;

const importableExtension = /\.(csv|xlsx)$/i;

/** A file the user chose, with the folder path it came from when a folder was picked or dropped. */
export interface ChosenFile {
  file: File;
  /** 'Jablonec 2009/clients.csv' for a file inside a chosen folder; '' for a loose file. */
  path: string;
}

export function isImportable(name: string): boolean {
  return importableExtension.test(name);
}

/** Splits a choice into the files the import can read and the names of the rest. */
export function sortChosenFiles(chosen: readonly ChosenFile[]): {
  files: ChosenFile[];
  skipped: string[];
} {
  const files: ChosenFile[] = [];
  const skipped: string[] = [];
  for (const entry of chosen) {
    // Hidden files of a picked folder (.DS_Store, ~$lock files of Excel) are noise, not news.
    if (entry.file.name.startsWith('.') || entry.file.name.startsWith('~$')) continue;
    if (isImportable(entry.file.name)) files.push(entry);
    else skipped.push(entry.file.name);
  }
  return { files, skipped };
}

/**
 * What the source is most likely called: the folder all the files came from ('Jablonec 2009'),
 * else the name of a workbook chosen alone ('registr-2009.xlsx' → 'registr-2009'); '' when
 * neither says anything.
 */
export function suggestSourceName(files: readonly ChosenFile[]): string {
  const folders = new Set(files.map((entry) => entry.path.split('/').slice(0, -1).join('/')));
  const [folder] = folders;
  if (folders.size === 1 && folder) return folder.split('/').at(-1)!;
  const [only] = files;
  if (files.length === 1 && only && /\.xlsx$/i.test(only.file.name)) {
    return only.file.name.replace(/\.xlsx$/i, '');
  }
  return '';
}

/** The file's bytes as base64, the form in which files travel over both transports. */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      // A data: URL is 'data:<type>;base64,<bytes>'; the browser encodes it natively and fast.
      const url = String(reader.result);
      const comma = url.indexOf(',');
      // An empty file gives a bare 'data:'.
      resolve(comma < 0 ? '' : url.slice(comma + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error(file.name));
    reader.readAsDataURL(file);
  });
}

/** Reads every chosen file; the first one that cannot be read is named in the error. */
export async function toImportFiles(
  files: readonly ChosenFile[],
): Promise<{ ok: true; files: ImportFile[] } | { ok: false; name: string }> {
  const read: ImportFile[] = [];
  for (const { file } of files) {
    try {
      read.push({ name: file.name, base64: await readAsBase64(file) });
    } catch {
      return { ok: false, name: file.name };
    }
  }
  return { ok: true, files: read };
}
