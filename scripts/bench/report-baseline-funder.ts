import type Sqlite from 'better-sqlite3-multiple-ciphers';
import { countries } from '../../db/contract/countries.ts';
import type { AgeGroup, PeriodReport } from '../../db/contract/reports.ts';
import type { Sex } from '../../db/contract/residence.ts';

/**
 * The funder's figures of issue 13 for the yardstick (report-baseline.ts), in hand-written SQL
 * and plain JavaScript over temp.bench_groups (with `is_other`) and temp.bench_merged: none of
 * the app's own SQL or summaries. Called before the other clients' groups are taken out.
 */
export const otherCountries = countries
  .filter((country) => country.isEuEeaCh)
  .map((country) => `'${country.code}'`)
  .join(', ');

/** Age on `day`, a year of birth alone counting as born on 1 July. */
function ageGroupOn(birthDate: string | null, day: string): AgeGroup | null {
  if (birthDate === null || !/^\d{4}(-\d\d-\d\d)?$/.test(birthDate)) return null;
  const birth = birthDate.length === 4 ? `${birthDate}-07-01` : birthDate;
  const years =
    Number(day.slice(0, 4)) - Number(birth.slice(0, 4)) - (day.slice(5) < birth.slice(5) ? 1 : 0);
  if (years < 15) return '0-14';
  if (years < 18) return '15-17';
  if (years < 26) return '18-25';
  return years < 65 ? '26-64' : '65+';
}

/** Counted per key, by count descending, then key, the unrecorded (null) last. */
function tallied<K extends string | null>(keys: K[]): { key: K; clients: number }[] {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const name = (key: K) => key ?? '\uffff';
  return [...counts]
    .map(([key, clients]) => ({ key, clients }))
    .sort((a, b) => b.clients - a.clients || (name(a.key) < name(b.key) ? -1 : 1));
}

/** Whether a person (a client's id) has an act before `from`, their merged records' included. */
const records = `(SELECT c.id UNION ALL SELECT m.id FROM bench_merged m WHERE m.survivor = c.id)`;
const hasEarlierAct = `(EXISTS (SELECT 1 FROM service_acts a WHERE a.client_id IN ${records}
      AND a.deleted = 0 AND a.date >= '0000' AND a.date < @from)
    OR EXISTS (SELECT 1 FROM loans o WHERE o.client_id IN ${records}
      AND o.deleted = 0 AND o.loaned_on >= '0000' AND o.loaned_on < @from)
    OR EXISTS (SELECT 1 FROM attendance t JOIN lessons l ON l.id = t.lesson_id
      JOIN courses k ON k.id = l.course_id
      WHERE t.client_id IN ${records} AND t.deleted = 0 AND t.is_present = 1 AND l.deleted = 0
        AND l.is_cancelled = 0 AND k.deleted = 0 AND l.date >= '0000' AND l.date < @from))`;

type FunderFigures = Pick<
  PeriodReport,
  | 'bySex'
  | 'byAgeGroup'
  | 'byResidenceStatus'
  | 'newClients'
  | 'referrals'
  | 'events'
  | 'otherClients'
>;

export function baselineFunderFigures(
  db: Sqlite.Database,
  params: { from: string; to: string; town: string | null },
): FunderFigures {
  const people = db
    .prepare(
      `SELECT nullif(c.sex, '') AS sex, c.birth_date AS birthDate,
         nullif(c.residence_status, '') AS status, ${hasEarlierAct} AS isReturning
       FROM (SELECT DISTINCT person FROM bench_groups WHERE NOT is_other) g
       JOIN clients c ON c.rowid = g.person`,
    )
    .all({ from: params.from }) as {
    sex: Sex | null;
    birthDate: string | null;
    status: string | null;
    isReturning: number;
  }[];
  const others = db
    .prepare(
      `SELECT count(DISTINCT person) AS clients, coalesce(sum(acts), 0) AS acts
       FROM bench_groups WHERE is_other`,
    )
    .get() as { clients: number; acts: number };
  const referrals = db
    .prepare(
      `SELECT coalesce(pt.kind, 'other') AS partnerKind, count(*) AS referrals,
         count(DISTINCT p.rowid) AS clients
       FROM service_acts a
       LEFT JOIN bench_merged m ON m.id = a.client_id
       JOIN clients p ON p.id = iif(m.id IS NULL, a.client_id, m.survivor) AND p.deleted = 0
       LEFT JOIN partners pt ON pt.id = a.partner_id
       WHERE a.deleted = 0 AND a.partner_id IS NOT NULL AND a.date BETWEEN @from AND @to
         AND (@town IS NULL OR a.town = @town) AND p.nationality NOT IN (${otherCountries})
       GROUP BY 1 ORDER BY referrals DESC, partnerKind`,
    )
    .all(params) as FunderFigures['referrals'];
  const events = db
    .prepare(
      `SELECT count(*) AS events, coalesce(sum(participants), 0) AS participants FROM events
       WHERE deleted = 0 AND date BETWEEN @from AND @to AND (@town IS NULL OR town = @town)`,
    )
    .get(params) as { events: number; participants: number };
  const eventClients = db
    .prepare(
      `SELECT count(DISTINCT person) FROM bench_groups WHERE NOT is_other AND type = 'event'`,
    )
    .pluck()
    .get() as number;
  return {
    bySex: tallied(people.map((row) => row.sex)).map(({ key, clients }) => ({
      sex: key,
      clients,
    })),
    byAgeGroup: tallied(people.map((row) => ageGroupOn(row.birthDate, params.from))).map(
      ({ key, clients }) => ({ group: key, clients }),
    ),
    byResidenceStatus: tallied(people.map((row) => row.status)).map(({ key, clients }) => ({
      status: key,
      clients,
    })),
    newClients: people.filter((row) => row.isReturning === 0).length,
    referrals,
    events: { ...events, clients: eventClients },
    otherClients: others,
  };
}
