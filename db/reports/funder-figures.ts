import { eventServiceType } from '../contract/events.ts';
import type { AgeGroup, PeriodReport } from '../contract/reports.ts';
import type { Sex } from '../contract/residence.ts';
import type { Store } from '../store.ts';
import { ageGroupSql, residenceStatusSql, sexSql } from './client-profile-sql.ts';
import { otherNationalitiesSql } from '../summaries/funder-scope.ts';
import { countedPerson, type PeriodParams, withMergedPeople } from '../summaries/period-acts.ts';
import type { PeriodTally } from './period-tally.ts';
import { findEarlierPeople } from './returning-clients.ts';

// raw SQL: the report over a period, SQL shared with the baseline of bench report; Kysely would add ~4.6 µs a statement (bench query-builder)

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

/** People per sex, age group and status at once: one row per combination, a few dozen. */
const profiles = `SELECT ${sexSql('p')} AS sex, ${ageGroupSql('p.birth_date', '@from')} AS age_group,
    ${residenceStatusSql('p')} AS status, count(*) AS clients
  FROM clients p WHERE p.rowid IN (SELECT value FROM json_each(@people))
  GROUP BY 1, 2, 3`;

/**
 * Referrals to partner organisations in the period: acts entered by hand that name a partner
 * (few, read through their own index), counted for the person as every act is, the funder's
 * clients only. A partner not (yet) here from another office counts as "other".
 */
const referrals = `SELECT coalesce(pt.kind, 'other') AS partnerKind, count(*) AS referrals,
    count(DISTINCT p.rowid) AS clients
  FROM service_acts a ${countedPerson('a.client_id')}
  LEFT JOIN partners pt ON pt.id = a.partner_id
  WHERE a.deleted = 0 AND a.partner_id IS NOT NULL AND a.date BETWEEN @from AND @to
    AND (@town IS NULL OR a.town = @town) AND p.nationality NOT IN (${otherNationalitiesSql})
  GROUP BY 1`;

const events = `SELECT count(*) AS events, coalesce(sum(participants), 0) AS participants
  FROM events WHERE deleted = 0 AND date BETWEEN @from AND @to AND (@town IS NULL OR town = @town)`;

/** By the first number descending, then by key, the unrecorded (null) last. */
function byCount<T extends { clients: number }>(rows: T[], key: (row: T) => string | null): T[] {
  const name = (row: T) => key(row) ?? '\uffff';
  return rows.sort(
    (a, b) => b.clients - a.clients || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0),
  );
}

function countBy<K extends string | null>(
  rows: { key: K; clients: number }[],
): { key: K; clients: number }[] {
  const totals = new Map<K, number>();
  for (const row of rows) totals.set(row.key, (totals.get(row.key) ?? 0) + row.clients);
  return byCount(
    [...totals].map(([key, clients]) => ({ key, clients })),
    (row) => row.key,
  );
}

/**
 * The funder's figures beyond the acts' own groups: the served clients (`tally.people`) by sex,
 * age group on the period's first day and residence status, how many are new, referrals,
 * events, and the other clients the tally set apart. Read in the caller's transaction.
 */
export function countFunderFigures(
  store: Store,
  params: PeriodParams,
  tally: PeriodTally,
  options: { fromActs?: boolean } = {},
): FunderFigures {
  const db = store.sqlite;
  const served = tally.people.values();
  const rows = db.prepare(profiles).all({ from: params.from, people: JSON.stringify(served) }) as {
    sex: Sex | null;
    age_group: AgeGroup | null;
    status: string | null;
    clients: number;
  }[];
  const earlier = findEarlierPeople(store, params.from, options, served);
  const returning = served.filter((person) => earlier.has(person)).length;
  const referred = withMergedPeople(
    store,
    () =>
      db.prepare(referrals).all(params) as {
        partnerKind: string;
        referrals: number;
        clients: number;
      }[],
  );
  const held = db.prepare(events).get(params) as { events: number; participants: number };
  return {
    bySex: countBy(rows.map((row) => ({ key: row.sex, clients: row.clients }))).map((row) => ({
      sex: row.key,
      clients: row.clients,
    })),
    byAgeGroup: countBy(rows.map((row) => ({ key: row.age_group, clients: row.clients }))).map(
      (row) => ({ group: row.key, clients: row.clients }),
    ),
    byResidenceStatus: countBy(rows.map((row) => ({ key: row.status, clients: row.clients }))).map(
      (row) => ({ status: row.key, clients: row.clients }),
    ),
    newClients: served.length - returning,
    referrals: byReferrals(referred),
    events: { ...held, clients: tally.byType.clients(eventServiceType) },
    otherClients: { clients: tally.others.people.size, acts: tally.others.acts },
  };
}

function byReferrals(rows: { partnerKind: string; referrals: number; clients: number }[]) {
  return rows.sort(
    (a, b) =>
      b.referrals - a.referrals ||
      (a.partnerKind < b.partnerKind ? -1 : a.partnerKind > b.partnerKind ? 1 : 0),
  );
}
