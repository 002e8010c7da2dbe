/**
 * The acts of a block of clients in one year, packed for report_summary_blocks.clients. A report
 * over a year of 300 000 clients reads about 1 200 of these instead of 300 000 rows (each row
 * handed to JavaScript costs a microsecond, more than decoding it).
 *
 * Little-endian. Per client: u32 client rowid, u32 person (whom its acts count for), u16 number
 * of entries; per entry: u32 combo (report_combos.id: type, town, course kind, nationality),
 * u16 month mask (bit 0 = January), then a u32 count for each month in the mask, in order.
 */
export interface ComboMonths {
  combo: number;
  /** Acts per month, January first; 0 for a month without acts. */
  acts: number[];
}

export interface ClientYear {
  clientRowid: number;
  person: number;
  entries: ComboMonths[];
}

const monthsInYear = 12;
const clientHeader = 10;
const entryHeader = 6;

/** Clients per block: a recount of one client rewrites its block, a few kilobytes. */
export const clientsPerBlock = 256;
export const blockOf = (clientRowid: number) => Math.floor(clientRowid / clientsPerBlock);

function popcount(mask: number): number {
  let count = 0;
  for (let bits = mask; bits !== 0; bits &= bits - 1) count++;
  return count;
}

const maskOf = (entry: ComboMonths) =>
  entry.acts.reduce((mask, acts, month) => (acts > 0 ? mask | (1 << month) : mask), 0);

/** Clients in rowid order, entries in combo order; entries and clients without acts left out. */
export function packBlock(clients: ClientYear[]): Buffer {
  const packed = [...clients]
    .sort((a, b) => a.clientRowid - b.clientRowid)
    .map((client) => ({
      ...client,
      entries: client.entries
        .map((entry) => ({ entry, mask: maskOf(entry) }))
        .filter(({ mask }) => mask !== 0)
        .sort((a, b) => a.entry.combo - b.entry.combo),
    }))
    .filter((client) => client.entries.length > 0);
  const size = packed.reduce(
    (bytes, client) =>
      client.entries.reduce((sum, { mask }) => sum + entryHeader + 4 * popcount(mask), bytes) +
      clientHeader,
    0,
  );
  const buffer = Buffer.alloc(size);
  let offset = 0;
  for (const client of packed) {
    offset = buffer.writeUInt32LE(client.clientRowid, offset);
    offset = buffer.writeUInt32LE(client.person, offset);
    offset = buffer.writeUInt16LE(client.entries.length, offset);
    for (const { entry, mask } of client.entries) {
      offset = buffer.writeUInt32LE(entry.combo, offset);
      offset = buffer.writeUInt16LE(mask, offset);
      for (let month = 0; month < monthsInYear; month++) {
        if (mask & (1 << month)) offset = buffer.writeUInt32LE(entry.acts[month]!, offset);
      }
    }
  }
  return buffer;
}

/** The packed block back as clients (for a recount that replaces some of them, and tests). */
export function unpackBlock(packed: Uint8Array): ClientYear[] {
  const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
  const clients: ClientYear[] = [];
  let offset = 0;
  while (offset < packed.byteLength) {
    const client: ClientYear = {
      clientRowid: view.getUint32(offset, true),
      person: view.getUint32(offset + 4, true),
      entries: [],
    };
    const count = view.getUint16(offset + 8, true);
    offset += clientHeader;
    for (let index = 0; index < count; index++) {
      const combo = view.getUint32(offset, true);
      const mask = view.getUint16(offset + 4, true);
      offset += entryHeader;
      const acts = Array.from({ length: monthsInYear }, () => 0);
      for (let month = 0; month < monthsInYear; month++) {
        if ((mask & (1 << month)) === 0) continue;
        acts[month] = view.getUint32(offset, true);
        offset += 4;
      }
      client.entries.push({ combo, acts });
    }
    clients.push(client);
  }
  return clients;
}

/**
 * Calls `visit` for each client's combo with acts in the months of `monthMask`, with their sum.
 * The hot loop of a report over whole months: no allocation.
 */
export function forEachComboIn(
  packed: Uint8Array,
  monthMask: number,
  visit: (person: number, combo: number, acts: number) => void,
): void {
  const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
  let offset = 0;
  while (offset < packed.byteLength) {
    const person = view.getUint32(offset + 4, true);
    const count = view.getUint16(offset + 8, true);
    offset += clientHeader;
    for (let index = 0; index < count; index++) {
      const combo = view.getUint32(offset, true);
      const mask = view.getUint16(offset + 4, true);
      offset += entryHeader;
      if ((mask & monthMask) === 0) {
        offset += 4 * popcount(mask);
        continue;
      }
      let acts = 0;
      for (let month = 0; month < monthsInYear; month++) {
        if ((mask & (1 << month)) === 0) continue;
        if (monthMask & (1 << month)) acts += view.getUint32(offset, true);
        offset += 4;
      }
      visit(person, combo, acts);
    }
  }
}

/**
 * Calls `visit` with the person of each client that has an act in the months of `monthMask`
 * (whom a report counts as having been served then, whatever the act).
 */
export function forEachPersonIn(
  packed: Uint8Array,
  monthMask: number,
  visit: (person: number) => void,
): void {
  const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
  let offset = 0;
  while (offset < packed.byteLength) {
    const person = view.getUint32(offset + 4, true);
    const count = view.getUint16(offset + 8, true);
    offset += clientHeader;
    let isServed = false;
    for (let index = 0; index < count; index++) {
      const mask = view.getUint16(offset + 4, true);
      isServed ||= (mask & monthMask) !== 0;
      offset += entryHeader + 4 * popcount(mask);
    }
    if (isServed) visit(person);
  }
}
