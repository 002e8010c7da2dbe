/**
 * The text of a legacy CSV file. Registers were kept in Excel on Czech Windows, so a file is
 * UTF-8 (with or without BOM, which TextDecoder drops) or Windows-1250. Bytes that are not valid
 * UTF-8 cannot be UTF-8 text, so they are read as Windows-1250. Control characters (a NUL of
 * UTF-16, bytes Windows-1250 leaves undefined) mean the file is not text in either.
 *
 * The text is decoded a chunk at a time and never held whole: a register of 100 000 rows is
 * read twice or three times (checks, then writing), and each time only a chunk is in memory.
 */
export type TextEncoding = 'utf-8' | 'windows-1250';

export type DetectedEncoding = { encoding: TextEncoding } | { failure: 'utf16' | 'notText' };

/** Bytes decoded per step: big enough to cost nothing per row, small enough to never matter. */
const chunkBytes = 64 * 1024;

/** C0 controls other than tab and line breaks, DEL, and the C1 controls. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isC0 = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
    if (isC0 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/** The decoded text, a chunk at a time; throws a TypeError on bytes the encoding lacks. */
function* rawChunks(bytes: Uint8Array, encoding: TextEncoding): Generator<string> {
  const decoder = new TextDecoder(encoding, { fatal: true });
  for (let start = 0; start < bytes.length; start += chunkBytes) {
    yield decoder.decode(bytes.subarray(start, start + chunkBytes), { stream: true });
  }
  yield decoder.decode();
}

/** Which encoding the whole file is valid in (UTF-8 first), without keeping its text. */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  // Excel's "Unicode text" is UTF-16 with a BOM: say so, rather than just "unreadable".
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { failure: 'utf16' };
  }
  for (const encoding of ['utf-8', 'windows-1250'] as const) {
    let hasControl = false;
    try {
      for (const chunk of rawChunks(bytes, encoding)) hasControl ||= hasControlCharacter(chunk);
    } catch {
      continue;
    }
    return hasControl ? { failure: 'notText' } : { encoding };
  }
  return { failure: 'notText' };
}

/**
 * The text in chunks with one kind of line break (`\n`), so that csv-parse counts lines right
 * and notes keep plain `\n`. A `\r` that ends a chunk waits for the next: it may be half a CRLF.
 */
export function* textChunks(bytes: Uint8Array, encoding: TextEncoding): Generator<string> {
  let carried = '';
  for (const raw of rawChunks(bytes, encoding)) {
    let text = carried + raw;
    carried = '';
    if (text.endsWith('\r')) {
      carried = '\r';
      text = text.slice(0, -1);
    }
    if (text !== '') yield text.replace(/\r\n?/g, '\n');
  }
  if (carried !== '') yield '\n';
}
