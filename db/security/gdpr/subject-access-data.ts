import type { SubjectAccessData } from '../../contract/gdpr.ts';
import { readSiteId } from '../../changes/index.ts';
import { getSettings } from '../../settings/settings-queries.ts';
import { getThisSite } from '../../site/site-queries.ts';
import { selectFirst } from '../../query.ts';
import type { Store } from '../../store.ts';
import { readSubjectActivity } from './subject-activity.ts';
import { readSubjectAccess, readSubjectHistory } from './subject-history.ts';
import { readSubjectRecords, siteName, type Subject } from './subject-records.ts';

/**
 * Everything held about one person (GDPR art. 15), in the documented JSON shape of
 * SubjectAccessData: read in one transaction, so the parts agree with each other.
 */
export function collectSubjectAccess(
  store: Store,
  subject: Subject,
  userId: string | null,
): SubjectAccessData {
  return store.sqlite.transaction(() => {
    const site = getThisSite(store);
    const user =
      userId === null
        ? null
        : (selectFirst(
            store,
            store.db.selectFrom('users').select('name').where('id', '=', userId),
          ) ?? null);
    return {
      format: 'pristav-subject-access' as const,
      formatVersion: 1 as const,
      exportedAt: new Date(store.now()).toISOString(),
      exportedBy: { user: user?.name ?? null, site: siteName(store, readSiteId(store)) },
      controller: {
        organisation: getSettings(store).organisationName,
        site: site?.name ?? '',
        town: site?.town ?? '',
      },
      ...readSubjectRecords(store, subject),
      ...readSubjectActivity(store, subject.recordIds),
      history: readSubjectHistory(store, subject.recordIds),
      access: readSubjectAccess(store, subject.recordIds),
    };
  })();
}
