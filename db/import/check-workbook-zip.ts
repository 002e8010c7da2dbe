import { crc32, inflateRawSync } from 'node:zlib';

/**
 * The parts exceljs's streaming reader parses whole, around the sheets: the sheet list, its
 * relations, the styles and the shared strings. When the data of one of them is damaged the
 * reader waits for ever instead of failing (exceljs 4.4), which would leave the import job
 * running for good; so they are unpacked and checked here first.
 */
const partsReadWhole = new Set([
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/styles.xml',
  'xl/sharedStrings.xml',
]);

const endOfDirectory = 0x06054b50;
const directoryEntry = 0x02014b50;
const localHeader = 0x04034b50;

class DamagedWorkbook extends Error {
  constructor(what: string) {
    super(`not a readable XLSX workbook: ${what}`);
    this.name = 'DamagedWorkbook';
  }
}

/**
 * Throws unless the bytes are a zip whose directory can be read and whose parts that exceljs
 * parses whole unpack to their recorded checksum. Sheets are left to the reader, which fails
 * on them properly. Cheap: the directory and those parts only (the shared strings are the
 * largest, a few megabytes for a register of 100 000 rows).
 */
export function checkWorkbookZip(bytes: Uint8Array): void {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is the last 22 bytes, unless a comment (at most 65 535 bytes) follows it.
  const signature = Buffer.alloc(4);
  signature.writeUInt32LE(endOfDirectory);
  const end = zip.lastIndexOf(signature);
  if (end < 0 || end + 22 > zip.length) throw new DamagedWorkbook('no zip directory');
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  // A ZIP64 workbook (over 4 GB) is beyond this check; the reader takes it as it is.
  if (entries === 0xffff || at === 0xffffffff) return;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== directoryEntry) {
      throw new DamagedWorkbook('broken zip directory');
    }
    const method = zip.readUInt16LE(at + 10);
    const checksum = zip.readUInt32LE(at + 16);
    const packedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (!partsReadWhole.has(name)) continue;
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== localHeader) {
      throw new DamagedWorkbook(`broken header of ${name}`);
    }
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    if (start + packedSize > zip.length) throw new DamagedWorkbook(`${name} cut short`);
    const packed = zip.subarray(start, start + packedSize);
    let data: Buffer;
    try {
      if (method === 0) data = packed;
      else if (method === 8) data = inflateRawSync(packed, { maxOutputLength: size + 1 });
      else throw new DamagedWorkbook(`${name} packed in an unknown way`);
    } catch (error) {
      if (error instanceof DamagedWorkbook) throw error;
      throw new DamagedWorkbook(`${name} damaged`);
    }
    if (data.length !== size || crc32(data) >>> 0 !== checksum) {
      throw new DamagedWorkbook(`${name} damaged`);
    }
  }
}
