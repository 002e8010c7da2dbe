import type { AreaKey } from './nav-items.ts';

/**
 * Areas whose page is still the "coming soon" placeholder. Other screens ask before they lead
 * there (reception's Knihovna key opens the loan screen only once it exists): whoever builds an
 * area's real page takes it off this list.
 */
const placeholderAreas: ReadonlySet<AreaKey> = new Set<AreaKey>([]);

export function isAreaReady(area: AreaKey): boolean {
  return !placeholderAreas.has(area);
}
