import { describe, expect, it } from 'vitest';
import {
  compareHlc,
  formatHlc,
  type Hlc,
  parseHlc,
  receiveHlc,
  tickHlc,
  zeroHlc,
} from '../../../db/changes/hlc.ts';
import { hlcCounterLimit } from '../../../db/changes/op-encoding.ts';

/** A deterministic pseudo-random sequence, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('hybrid logical clock', () => {
  it('moves strictly forward whatever the wall clock does', () => {
    const next = random(7);
    let clock = zeroHlc;
    let wall = 1_700_000_000_000;
    for (let i = 0; i < 10_000; i++) {
      // The wall clock mostly advances, sometimes stalls, sometimes jumps back by up to an hour.
      wall += Math.floor((next() - 0.3) * 3_600_000 * (next() < 0.05 ? 1 : 0.0001));
      const ticked = tickHlc(clock, wall);
      expect(compareHlc(ticked, clock)).toBeGreaterThan(0);
      clock = ticked;
    }
  });

  it('follows the wall clock when it is ahead', () => {
    expect(tickHlc({ wall: 100, counter: 5 }, 200)).toEqual({ wall: 200, counter: 0 });
    expect(tickHlc({ wall: 200, counter: 5 }, 100)).toEqual({ wall: 200, counter: 6 });
  });

  it('orders a received stamp after both clocks', () => {
    const next = random(11);
    for (let i = 0; i < 2_000; i++) {
      const local: Hlc = { wall: Math.floor(next() * 1000), counter: Math.floor(next() * 5) };
      const remote: Hlc = { wall: Math.floor(next() * 1000), counter: Math.floor(next() * 5) };
      const now = Math.floor(next() * 1000);
      const received = receiveHlc(local, remote, now);
      expect(compareHlc(received, local)).toBeGreaterThan(0);
      expect(compareHlc(received, remote)).toBeGreaterThan(0);
      expect(received.wall).toBeGreaterThanOrEqual(now);
    }
  });

  it('formats so that text order is clock order', () => {
    const stamps: Hlc[] = [
      { wall: 9, counter: 10 },
      { wall: 10, counter: 0 },
      { wall: 10, counter: 9 },
      { wall: 1_795_000_000_000, counter: 0 },
    ];
    const texts = stamps.map(formatHlc);
    expect([...texts].sort()).toEqual(texts);
    expect(texts.map(parseHlc)).toEqual(stamps);
    expect(() => parseHlc('garbage')).toThrow();
  });

  it('moves to the next millisecond rather than outgrow the stored counter’s 20 bits', () => {
    const full: Hlc = { wall: 5, counter: hlcCounterLimit - 1 };
    expect(tickHlc(full, 1)).toEqual({ wall: 6, counter: 0 });
    expect(receiveHlc(zeroHlc, full, 1)).toEqual({ wall: 6, counter: 0 });
    expect(compareHlc(tickHlc(full, 1), full)).toBeGreaterThan(0);
  });
});
