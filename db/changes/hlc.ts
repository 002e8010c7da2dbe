/**
 * Hybrid logical clock (wall time in ms + counter). It never goes backwards: when the wall clock
 * jumps back, or several events fall in the same millisecond, the counter carries the order.
 */
export interface Hlc {
  wall: number;
  counter: number;
}

export const zeroHlc: Hlc = { wall: 0, counter: 0 };

/**
 * The change log stores a stamp as one integer with 20 bits for the counter (op-encoding.ts); a
 * counter that would not fit moves the stamp to the next millisecond instead, which keeps the
 * order and the clock still never goes backwards.
 */
const counterLimit = 2 ** 20;

function carry(hlc: Hlc): Hlc {
  return hlc.counter < counterLimit ? hlc : { wall: hlc.wall + 1, counter: 0 };
}

/** The clock value for a local event happening at wall time `now`. */
export function tickHlc(previous: Hlc, now: number): Hlc {
  if (now > previous.wall) return { wall: now, counter: 0 };
  return carry({ wall: previous.wall, counter: previous.counter + 1 });
}

/** The clock value after receiving a remote event stamped `remote`, at wall time `now`. */
export function receiveHlc(local: Hlc, remote: Hlc, now: number): Hlc {
  const wall = Math.max(local.wall, remote.wall, now);
  if (wall === local.wall && wall === remote.wall) {
    return carry({ wall, counter: Math.max(local.counter, remote.counter) + 1 });
  }
  if (wall === local.wall) return carry({ wall, counter: local.counter + 1 });
  if (wall === remote.wall) return carry({ wall, counter: remote.counter + 1 });
  return { wall, counter: 0 };
}

export function compareHlc(a: Hlc, b: Hlc): number {
  return a.wall - b.wall || a.counter - b.counter;
}

/** Fixed-width text, so that SQLite orders stamps by plain text comparison. */
export function formatHlc(hlc: Hlc): string {
  return `${hlc.wall.toString().padStart(15, '0')}-${hlc.counter.toString().padStart(10, '0')}`;
}

export function parseHlc(text: string): Hlc {
  const match = /^(\d{15})-(\d{10})$/.exec(text);
  if (!match) throw new Error(`Invalid HLC stamp: ${text}`);
  return { wall: Number(match[1]), counter: Number(match[2]) };
}
