import type { Site } from '../contract/domain.ts';
import { runWrite, writeRow } from '../changes/index.ts';
import { PristavError } from '../errors.ts';
import { selectFirst } from '../query.ts';
import type { Store } from '../store.ts';
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
    const hq = selectFirst(
      store,
      store.db
        .selectFrom('sites')
        .selectAll()
        .where('is_hq', '=', 1)
        .where('deleted', '=', 0)
        .where('id', '<>', thisSite.id)
        .limit(1),
    );
    if (hq && !thisSite.isHq) throw new PristavError('SITE_RENAME_AT_BRANCH', { hq: hq.name });
    const id = input.siteId ?? thisSite.id;
    const row = selectFirst(store, readSite(store, id).where('deleted', '=', 0));
    if (!row) throw new PristavError('NOT_FOUND', { what: id });
    writeRow(w, 'sites', id, {
      ...(input.name === undefined ? {} : { name: input.name }),
      ...(input.town === undefined ? {} : { town: input.town }),
    });
    return toSite(selectFirst(store, readSite(store, id))!);
  });
}

function readSite(store: Store, id: string) {
  return store.db.selectFrom('sites').selectAll().where('id', '=', id);
}
