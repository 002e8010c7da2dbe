import type { ChosenFile } from './chosen-files.ts';

/**
 * The files of a drop, folders included: a dropped folder arrives as one entry, so its files
 * are read from the entry tree, each with its path (which names the source, see
 * suggestSourceName).
 */
export async function filesOfDrop(transfer: DataTransfer): Promise<ChosenFile[]> {
  const entries = [...transfer.items]
    .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry() : null))
    .filter((entry): entry is FileSystemEntry => entry !== null);
  // Without entries (an older engine), the flat file list is all there is.
  if (entries.length === 0) return [...transfer.files].map((file) => ({ file, path: '' }));
  const nested = await Promise.all(entries.map((entry) => filesOfEntry(entry)));
  return nested.flat();
}

async function filesOfEntry(entry: FileSystemEntry): Promise<ChosenFile[]> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    );
    // fullPath is '/Jablonec 2009/clients.csv' for a file of a dropped folder, '/clients.csv' alone.
    const path = entry.fullPath.replace(/^\//, '');
    return [{ file, path: path.includes('/') ? path : '' }];
  }
  if (!entry.isDirectory) return [];
  const children = await readAllEntries((entry as FileSystemDirectoryEntry).createReader());
  const nested = await Promise.all(children.map((child) => filesOfEntry(child)));
  return nested.flat();
}

// readEntries answers in batches (100 in Chromium) until it answers with none.
async function readAllEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}
