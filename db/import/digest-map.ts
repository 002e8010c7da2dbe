import { hash } from 'node:crypto';

/** Four words of a key's digest, then its value (0 = an empty slot). */
const wordsPerSlot = 5;

/** A key as text, or its SHA-256 digest when the caller has already computed one. */
export type DigestKey = string | Uint8Array;

function digestOf(key: DigestKey): Buffer {
  if (typeof key === 'string') return hash('sha256', key, 'buffer');
  return Buffer.from(key.buffer, key.byteOffset, key.byteLength);
}

/**
 * A map from keys to whole numbers from 1 that holds, per key, 128 bits of its SHA-256 and the
 * value in one typed array outside the JS heap: about 40 bytes a key, where a Map of strings
 * takes 70–120 bytes on the heap, which V8 then grows to a few times what it holds. It is what
 * the import keeps per row of the files (refs, acts, attendance marks). Two keys count as one
 * only when 128 bits of their hashes agree, which does not happen by chance.
 */
export class DigestMap {
  #words = new Uint32Array(wordsPerSlot * 1024);
  #size = 0;

  get size(): number {
    return this.#size;
  }

  /** The key's value, or 0 when it has none. */
  get(key: DigestKey): number {
    return this.#words[this.#slotOf(digestOf(key)) + 4]!;
  }

  has(key: DigestKey): boolean {
    return this.get(key) !== 0;
  }

  set(key: DigestKey, value: number): void {
    if (!Number.isInteger(value) || value < 1 || value > 0xffffffff) {
      throw new RangeError(`DigestMap values are whole numbers from 1: ${value}`);
    }
    const digest = digestOf(key);
    let at = this.#slotOf(digest);
    if (this.#words[at + 4] === 0) {
      // At most half full, so that a search meets an empty slot soon.
      if ((this.#size + 1) * 2 * wordsPerSlot > this.#words.length) {
        this.#grow();
        at = this.#slotOf(digest);
      }
      for (let i = 0; i < 4; i++) this.#words[at + i] = digest.readUInt32LE(i * 4);
      this.#size++;
    }
    this.#words[at + 4] = value;
  }

  /** The slot holding the digest, or the empty slot where it belongs (open addressing). */
  #slotOf(digest: Buffer): number {
    const words = this.#words;
    const mask = words.length / wordsPerSlot - 1;
    const [a, b, c, d] = [0, 4, 8, 12].map((offset) => digest.readUInt32LE(offset)) as [
      number,
      number,
      number,
      number,
    ];
    for (let slot = a & mask; ; slot = (slot + 1) & mask) {
      const at = slot * wordsPerSlot;
      if (words[at + 4] === 0) return at;
      const isSame =
        words[at] === a && words[at + 1] === b && words[at + 2] === c && words[at + 3] === d;
      if (isSame) return at;
    }
  }

  #grow(): void {
    const old = this.#words;
    const words = new Uint32Array(old.length * 2);
    const mask = words.length / wordsPerSlot - 1;
    for (let from = 0; from < old.length; from += wordsPerSlot) {
      if (old[from + 4] === 0) continue;
      let slot = old[from]! & mask;
      while (words[slot * wordsPerSlot + 4] !== 0) slot = (slot + 1) & mask;
      words.set(old.subarray(from, from + wordsPerSlot), slot * wordsPerSlot);
    }
    this.#words = words;
  }
}
