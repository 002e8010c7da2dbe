import type { ChangedAct } from '../contract/report-submissions.ts';
import type { Store } from '../store.ts';

/**
 * The acts that count differently now than when a period was submitted: compares the period's
 * current acts (`temp.report_acts`, see withPeriodActs) with the act list stored at submission.
 * Whatever the cause — an edit, a deletion, a merge of two clients, a late file from a branch —
 * it shows here as an act added, removed, or counted for another person, type, date or town.
 */
const changedActs = `
  SELECT 'added' AS change, a.source, a.source_id, a.person,
    a.type AS now_type, a.date AS now_date, a.town AS now_town, a.nationality AS now_nationality,
    NULL AS before_type, NULL AS before_date, NULL AS before_town, NULL AS before_nationality
  FROM report_acts a
  WHERE NOT EXISTS (SELECT 1 FROM report_submission_acts s
    WHERE s.submission_id = @id AND s.source = a.source AND s.source_id = a.source_id)
  UNION ALL
  SELECT 'removed', s.source, s.source_id, s.person, NULL, NULL, NULL, NULL,
    s.type, s.date, s.town, s.nationality
  FROM report_submission_acts s
  WHERE s.submission_id = @id AND NOT EXISTS (SELECT 1 FROM report_acts a
    WHERE a.source = s.source AND a.source_id = s.source_id)
  UNION ALL
  SELECT 'changed', a.source, a.source_id, a.person, a.type, a.date, a.town, a.nationality,
    s.type, s.date, s.town, s.nationality
  FROM report_acts a JOIN report_submission_acts s
    ON s.submission_id = @id AND s.source = a.source AND s.source_id = a.source_id
  WHERE a.person IS NOT s.person OR a.type IS NOT s.type OR a.date IS NOT s.date
    OR a.town IS NOT s.town OR a.nationality IS NOT s.nationality`;

interface ChangedActRow {
  change: ChangedAct['change'];
  source: string;
  source_id: string;
  person: string;
  client_name: string | null;
  now_type: string | null;
  now_date: string | null;
  now_town: string | null;
  now_nationality: string | null;
  before_type: string | null;
  before_date: string | null;
  before_town: string | null;
  before_nationality: string | null;
}

/** The acts' lookups by key: the temp table has no index of its own. */
function indexCurrentActs(store: Store): void {
  store.sqlite.exec(
    'CREATE INDEX IF NOT EXISTS temp.report_acts_by_key ON report_acts (source, source_id)',
  );
}

export function countChangedActs(store: Store, submissionId: string): number {
  indexCurrentActs(store);
  const row = store.sqlite
    .prepare(`SELECT count(*) AS total FROM (${changedActs})`)
    .get({ id: submissionId }) as { total: number };
  return row.total;
}

/** The first `limit` changed acts by date, with the name of the person each counts for. */
export function listChangedActs(store: Store, submissionId: string, limit: number): ChangedAct[] {
  indexCurrentActs(store);
  const rows = store.sqlite
    .prepare(
      `SELECT x.*, CASE WHEN c.is_pseudonymous = 1 THEN c.nickname
           ELSE trim(c.family_name || ' ' || c.given_names) END AS client_name
       FROM (${changedActs}) x LEFT JOIN clients c ON c.id = x.person
       ORDER BY coalesce(x.now_date, x.before_date), x.change, x.source_id LIMIT @limit`,
    )
    .all({ id: submissionId, limit }) as ChangedActRow[];
  return rows.map((row) => ({
    change: row.change,
    source: row.source,
    sourceId: row.source_id,
    clientId: row.person,
    clientName: row.client_name ?? '',
    now:
      row.now_type === null
        ? null
        : {
            type: row.now_type,
            date: row.now_date ?? '',
            town: row.now_town ?? '',
            nationality: row.now_nationality ?? '',
          },
    before:
      row.before_type === null
        ? null
        : {
            type: row.before_type,
            date: row.before_date ?? '',
            town: row.before_town ?? '',
            nationality: row.before_nationality ?? '',
          },
  }));
}
