import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Api } from '../../../db/api.ts';
import type { ImportSourceInput, ImportStatus } from '../../../db/contract/legacy-import.ts';
import type { Language } from '../../../db/contract/language.ts';
import { dumpSyncedData } from '../../../db/changes/dump.ts';
import type { Store } from '../../../db/store.ts';
import { apiCalls } from '../../helpers/temp-api.ts';

/** A file as the import screen sends it: its name and its bytes in base64. */
export function file(name: string, content: string | Uint8Array) {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { name, base64: Buffer.from(bytes).toString('base64') };
}

/** CSV lines joined with CRLF, as Excel writes them. */
export function csv(...lines: string[]): string {
  return `${lines.join('\r\n')}\r\n`;
}

export function inspect(api: Api, input: ImportSourceInput, lang: Language = 'cs') {
  return apiCalls(api).ok('import.inspect', input, lang);
}

/** Starts an import and asks for its status until it has finished, as the import screen does. */
export async function runImport(
  api: Api,
  input: ImportSourceInput & { dryRun?: boolean },
  lang: Language = 'cs',
): Promise<ImportStatus> {
  const { ok } = apiCalls(api);
  const { jobId } = await ok('import.start', { dryRun: false, ...input }, lang);
  for (;;) {
    const status = await ok('import.status', { jobId }, lang);
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Windows-1250 bytes of a text, from the same decoder the import reads them with. */
export function windows1250(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1250');
  const byteOf = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) byteOf.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Uint8Array.from(
    [...text].map((char) => {
      const byte = byteOf.get(char);
      if (byte === undefined) throw new Error(`"${char}" has no Windows-1250 byte`);
      return byte;
    }),
  );
}

/**
 * The database file and its WAL, byte for byte, and what they hold: what "a refused import
 * writes nothing" is checked against.
 */
export function fingerprint(temp: { file: string; store: Store }) {
  const hash = (path: string) => {
    try {
      return createHash('sha256').update(readFileSync(path)).digest('hex');
    } catch {
      return 'absent';
    }
  };
  return {
    file: hash(temp.file),
    wal: hash(`${temp.file}-wal`),
    dump: JSON.stringify(dumpSyncedData(temp.store)),
  };
}
