import type { Site } from '../contract/domain.ts';
import { runWrite, writeRow } from '../changes/index.ts';
import { PristavError } from '../errors.ts';
import type { SitesTable } from '../schema.ts';
import { prepared, type Store } from '../store.ts';
import { getThisSite, toSite } from './site-queries.ts';

/**
 * Renames a site or its town (Settings). The registry of sites is HQ's: a branch's change to
 * it would be refused by HQ's import, so a branch of an organisation is refused here, naming
 * HQ; HQ (or a centre on its own) renames itself and, by id, its branches.
 */
export function renameSite(
  store: Store,
  author: string | null,
  input: { siteId?: string | undefined; name?: string | undefined; town?: string | undefined },
): Site {
  return runWrite(store, author, (w) => {
    const thisSite = getThisSite(store);
    if (!thisSite) throw new PristavError('NOT_INITIALISED');
    const hq = prepared(
      store,
      'SELECT * FROM sites WHERE is_hq = 1 AND deleted = 0 AND id <> ? LIMIT 1',
    ).get(thisSite.id) as SitesTable | undefined;
    if (hq && !thisSite.isHq) throw new PristavError('SITE_RENAME_AT_BRANCH', { hq: hq.name });
    const id = input.siteId ?? thisSite.id;
    const row = prepared(store, 'SELECT * FROM sites WHERE id = ? AND deleted = 0').get(id) as
      SitesTable | undefined;
    if (!row) throw new PristavError('NOT_FOUND', { what: id });
    writeRow(w, 'sites', id, {
      ...(input.name === undefined ? {} : { name: input.name }),
      ...(input.town === undefined ? {} : { town: input.town }),
    });
    return toSite(prepared(store, 'SELECT * FROM sites WHERE id = ?').get(id) as SitesTable);
  });
}
