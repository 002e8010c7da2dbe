import { heldRanges, highestHeld } from '../changes/index.ts';
import type { MissingRange } from '../contract/sync.ts';
import type { Store } from '../store.ts';
import { readVector } from './peer-state.ts';
import { siteName } from './site-registry.ts';

/**
 * Operations this site knows exist but does not hold: per origin, the gaps between the counter
 * held without a gap and the highest one it has heard of (held beyond a gap, or claimed by a
 * sender's vector). "Operations 51–100 from Jablonec have not arrived yet."
 */
export function missingRanges(
  store: Store,
  ownSite: string,
  claims: Record<string, number> = {},
): MissingRange[] {
  const vector = readVector(store);
  const origins = new Set([...Object.keys(vector), ...Object.keys(claims)]);
  const missing: MissingRange[] = [];
  for (const origin of [...origins].sort()) {
    if (origin === ownSite) continue;
    const held = vector[origin] ?? 0;
    const known = Math.max(claims[origin] ?? 0, highestHeld(store, origin));
    let next = held + 1;
    for (const range of heldRanges(store, origin, held)) {
      if (range.from > next) missing.push(gap(store, origin, next, range.from - 1));
      next = range.to + 1;
    }
    if (known >= next) missing.push(gap(store, origin, next, known));
  }
  return missing;
}

function gap(store: Store, site: string, from: number, to: number): MissingRange {
  return { site, siteName: siteName(store, site), from, to };
}
