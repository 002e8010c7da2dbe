/**
 * The byte layout of a sync file, format 1. Every number is big-endian.
 *
 *   offset      size  content
 *   0           8     magic 89 50 52 53 59 4E 43 0A ("\x89PRSYNC\n")
 *   8           2     format version (uint16) = 1
 *   10          4     header length H (uint32), 2 ≤ H ≤ MAX_HEADER_BYTES
 *   14          H     header: UTF-8 JSON (header.ts), no personal data
 *   14+H        C     ciphertext: AES-256-GCM of gzip(records) (records.ts)
 *   14+H+C      16    GCM tag
 *   30+H+C      64    Ed25519 signature (signature.ts) over bytes [0, 30+H+C)
 *   94+H+C      8     end marker 89 45 4E 44 53 59 4E 43 ("\x89ENDSYNC")
 *
 * C is not written anywhere: the payload is streamed, so its length is unknown when the header
 * goes out. It follows from the file size, because everything after it has a fixed size.
 *
 * The 0x89 byte (as in PNG) is not ASCII and never starts UTF-8, so a text file cannot begin like
 * a sync file, and the newline in the magic catches a transfer that rewrites line ends.
 * The end marker is what tells an incomplete copy (a stick pulled out mid-copy) from a tampered
 * file: cut a file anywhere and its last 8 bytes are no longer the marker. It is outside the
 * signature on purpose — it carries no meaning, only "the writer finished".
 */

export const SYNC_FILE_FORMAT_VERSION = 1;

export const MAGIC = Buffer.from([0x89, 0x50, 0x52, 0x53, 0x59, 0x4e, 0x43, 0x0a]);
export const END_MARKER = Buffer.from([0x89, 0x45, 0x4e, 0x44, 0x53, 0x59, 0x4e, 0x43]);

/** magic + version + header length. */
export const PREAMBLE_BYTES = MAGIC.length + 2 + 4;
export const TAG_BYTES = 16;
export const SIGNATURE_BYTES = 64;
/** What follows the ciphertext: tag, signature, end marker. */
export const TRAILER_BYTES = TAG_BYTES + SIGNATURE_BYTES + END_MARKER.length;

/**
 * The header is read whole into memory before anything is trusted, so it is capped. A header is
 * a few hundred bytes per site (vector entry + range); 256 KiB leaves room for ~1 000 sites.
 */
export const MAX_HEADER_BYTES = 256 * 1024;

/**
 * One operation is one field change (a note at most a few KiB). The reader buffers at most one
 * record, so this caps its memory too; a writer refuses larger ones rather than write a file
 * that no site could read.
 */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;

/** Chunk size of every read and of the writer's serialised batches. */
export const CHUNK_BYTES = 64 * 1024;

/** Where the parts of a file are, once its size and header length are known. */
export interface SyncFileLayout {
  size: number;
  headerBytes: number;
  /** Start of the ciphertext = length of the preamble + header = the AAD. */
  ciphertextStart: number;
  ciphertextEnd: number;
  /** End of the signed bytes (ciphertext end + tag). */
  signedEnd: number;
}

export function layoutOf(size: number, headerBytes: number): SyncFileLayout {
  const ciphertextStart = PREAMBLE_BYTES + headerBytes;
  const ciphertextEnd = size - TRAILER_BYTES;
  return {
    size,
    headerBytes,
    ciphertextStart,
    ciphertextEnd,
    signedEnd: ciphertextEnd + TAG_BYTES,
  };
}

/** The preamble for a header of the given length. */
export function encodePreamble(headerBytes: number): Buffer {
  const preamble = Buffer.alloc(PREAMBLE_BYTES);
  MAGIC.copy(preamble, 0);
  preamble.writeUInt16BE(SYNC_FILE_FORMAT_VERSION, MAGIC.length);
  preamble.writeUInt32BE(headerBytes, MAGIC.length + 2);
  return preamble;
}
