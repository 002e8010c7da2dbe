/**
 * The text of a legacy CSV file. Registers were kept in Excel on Czech Windows, so a file is
 * UTF-8 (with or without BOM, which TextDecoder drops) or Windows-1250. Bytes that are not valid
 * UTF-8 cannot be UTF-8 text, so they are read as Windows-1250. Control characters (a NUL of
 * UTF-16, bytes Windows-1250 leaves undefined) mean the file is not text in either.
 */
export type TextEncoding = 'utf-8' | 'windows-1250';

export type DecodedText =
  { text: string; encoding: TextEncoding } | { failure: 'utf16' | 'notText' };

/** C0 controls other than tab and line breaks, DEL, and the C1 controls. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isC0 = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
    if (isC0 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  // Excel's "Unicode text" is UTF-16 with a BOM: say so, rather than just "unreadable".
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { failure: 'utf16' };
  }
  for (const encoding of ['utf-8', 'windows-1250'] as const) {
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      continue;
    }
    return hasControlCharacter(text) ? { failure: 'notText' } : { text, encoding };
  }
  return { failure: 'notText' };
}
