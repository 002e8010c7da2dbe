import { createRandom } from './random.ts';

const hex = (value: number, digits: number) => value.toString(16).padStart(digits, '0');

/**
 * UUIDv7 keys drawn from a seed, so a demo data set comes out with the same ids on every run
 * (newId() takes the clock and fresh randomness). The timestamp field counts up from
 * `startMs` one millisecond per id: ids stay unique and ordered like real ones, and indexes on
 * them grow at the end.
 */
export function createIdSource(seed: number, startMs: number): () => string {
  const random = createRandom((seed ^ 0x1d5eed) >>> 0);
  const word = () => Math.floor(random.next() * 2 ** 32);
  let ms = startMs;
  return () => {
    ms += 1;
    const time = hex(ms, 12);
    const [a, b, c] = [word(), word(), word()];
    const variant = hex(8 | ((a >>> 18) & 3), 1);
    return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(a >>> 20, 3)}-${variant}${hex(a & 0xfff, 3)}-${hex(b, 8)}${hex(c >>> 16, 4)}`;
  };
}
