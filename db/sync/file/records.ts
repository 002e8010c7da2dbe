import { CHUNK_BYTES, MAX_RECORD_BYTES } from './format.ts';

/*
 * The payload, before gzip: one record per operation, each a uint32 (big-endian) byte length
 * then the operation as UTF-8 JSON. Operations are opaque here — the change log defines them.
 *
 * Length-prefixed rather than newline-delimited: the reader knows a record's size before it
 * buffers it, so it can refuse an absurd one before allocating, never scans for a delimiter,
 * and a later format could carry binary values in a record without escaping.
 */

/** How many operations a serialiser has emitted so far. */
export interface RecordCount {
  operations: number;
}

/**
 * Operations a page at a time: a page costs one await instead of one per operation (an export
 * of a million operations spent a fifth of its time resuming its generator).
 */
export interface OperationPages {
  pages: AsyncIterable<readonly unknown[]>;
}

export type OperationSource = AsyncIterable<unknown> | Iterable<unknown> | OperationPages;

async function* pagesOf(source: OperationSource): AsyncGenerator<readonly unknown[]> {
  if ('pages' in source) yield* source.pages;
  else if (Symbol.iterator in source) yield [...source];
  else for await (const operation of source) yield [operation];
}

/**
 * Serialises operations into chunks of about CHUNK_BYTES, pulling the next page only when the
 * consumer asks for more: with a stream's back-pressure, memory stays bounded.
 */
export async function* serialiseRecords(
  operations: OperationSource,
  count: RecordCount,
): AsyncGenerator<Buffer> {
  let batch = Buffer.allocUnsafe(CHUNK_BYTES);
  let used = 0;
  for await (const page of pagesOf(operations)) {
    for (const operation of page) {
      const json: unknown = JSON.stringify(operation);
      if (typeof json !== 'string')
        throw new TypeError(`Operation ${count.operations + 1} cannot be written as JSON.`);
      // A UTF-16 unit takes at most 3 bytes in UTF-8: with that much room the record is
      // written at once, and write() says its length (no second pass over it to measure).
      if (used + 4 + json.length * 3 > batch.length) {
        const bytes = Buffer.byteLength(json, 'utf8');
        if (bytes > MAX_RECORD_BYTES)
          throw new RangeError(
            `Operation ${count.operations + 1} is ${bytes} bytes, over the limit.`,
          );
        if (used + 4 + bytes > batch.length) {
          if (used > 0) yield batch.subarray(0, used);
          batch = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, 4 + bytes));
          used = 0;
        }
      }
      const bytes = batch.write(json, used + 4, 'utf8');
      if (bytes > MAX_RECORD_BYTES)
        throw new RangeError(
          `Operation ${count.operations + 1} is ${bytes} bytes, over the limit.`,
        );
      batch.writeUInt32BE(bytes, used);
      used += 4 + bytes;
      count.operations++;
    }
  }
  if (used > 0) yield batch.subarray(0, used);
}

export interface RecordParser {
  /** The operations completed by this chunk, in order (`parse: false`: one `null` each). */
  push(chunk: Buffer): unknown[];
  /** Throws if the payload ended inside a record. */
  end(): void;
}

/**
 * Parses records from decompressed chunks. It holds at most one incomplete record: the parts of
 * a long one are only joined once all of it has arrived, so a record costs linear time.
 * `parse: false` only frames them (a writer reading its own file back: the signature already
 * says the bytes are the ones it wrote; parsing would double the read-back's cost).
 */
export function createRecordParser(options: { parse: boolean } = { parse: true }): RecordParser {
  let parts: Buffer[] = [];
  let size = 0;
  // Bytes needed before another record can complete; saves re-joining parts on every chunk.
  let needed = 4;
  return {
    push(chunk) {
      parts.push(chunk);
      size += chunk.length;
      const records: unknown[] = [];
      if (size < needed) return records;
      const buffer = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
      let offset = 0;
      needed = 4;
      while (buffer.length - offset >= 4) {
        const length = buffer.readUInt32BE(offset);
        if (length > MAX_RECORD_BYTES) throw new RangeError('A record is over the size limit.');
        if (buffer.length - offset - 4 < length) {
          needed = 4 + length;
          break;
        }
        records.push(
          options.parse
            ? JSON.parse(buffer.toString('utf8', offset + 4, offset + 4 + length))
            : null,
        );
        offset += 4 + length;
      }
      const rest = buffer.subarray(offset);
      parts = rest.length > 0 ? [rest] : [];
      size = rest.length;
      return records;
    },
    end() {
      if (size > 0) throw new RangeError('The payload ends inside a record.');
    },
  };
}
