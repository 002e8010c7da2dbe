import { notRecorded, type DrilldownFilter } from '../contract/report-drilldown.ts';
import type { Store } from '../store.ts';
import { ageGroupSql, residenceStatusSql, sexSql } from './client-profile-sql.ts';
import type { PeriodParams } from '../summaries/period-acts.ts';
import { findEarlierPeople } from './returning-clients.ts';
import { withFreshSummaries } from '../summaries/refresh-summaries.ts';

/**
 * The conditions of a drill-down over `a` (an act of temp.report_acts), `ap` (the person it
 * counts for), `sa` (the act entered by hand) and `pt` (the partner it referred to), joined by
 * drilldownJoins: each filter as the report counts its figure. Without `isOtherClient` only the funder's
 * clients are listed, as every figure but otherClients counts only them.
 */
export function drilldownConditions(filter: DrilldownFilter): string[] {
  const conditions = [filter.isOtherClient === true ? 'a.is_other = 1' : 'a.is_other = 0'];
  if (filter.type !== undefined) conditions.push('a.type = @type');
  if (filter.country !== undefined) conditions.push('a.nationality = @country');
  if (filter.town !== undefined) conditions.push('a.town = @filterTown');
  if (filter.courseKind !== undefined) conditions.push('a.kind = @courseKind');
  const orUnknown = (sql: string) => `coalesce(${sql}, '${notRecorded}')`;
  if (filter.sex !== undefined) conditions.push(`${orUnknown(sexSql('ap'))} = @sex`);
  if (filter.ageGroup !== undefined) {
    conditions.push(`${orUnknown(ageGroupSql('ap.birth_date', '@from'))} = @ageGroup`);
  }
  if (filter.residenceStatus !== undefined) {
    conditions.push(`${orUnknown(residenceStatusSql('ap'))} = @residenceStatus`);
  }
  if (filter.isReferral === true || filter.partnerKind !== undefined) {
    conditions.push('sa.partner_id IS NOT NULL');
  }
  if (filter.partnerKind !== undefined) {
    conditions.push(`coalesce(pt.kind, 'other') = @partnerKind`);
  }
  if (filter.isNew !== undefined) {
    const isIn = 'ap.rowid IN (SELECT person FROM temp.report_earlier)';
    conditions.push(filter.isNew ? `NOT ${isIn}` : isIn);
  }
  return conditions;
}

/**
 * What the conditions read beside the act, joined only when a filter needs it: a year's
 * drill-down without them reads two million acts and nothing else.
 */
export function drilldownJoins(filter: DrilldownFilter): string {
  const joins: string[] = [];
  const isPerson = [filter.sex, filter.ageGroup, filter.residenceStatus, filter.isNew].some(
    (value) => value !== undefined,
  );
  if (isPerson) joins.push('JOIN clients ap ON ap.id = a.person');
  if (filter.isReferral === true || filter.partnerKind !== undefined) {
    joins.push(`JOIN service_acts sa ON a.source = 'act' AND sa.id = a.source_id
      LEFT JOIN partners pt ON pt.id = sa.partner_id`);
  }
  return joins.join('\n');
}

/** The named parameters the conditions use. */
export function drilldownParams(period: PeriodParams, filter: DrilldownFilter) {
  return {
    from: period.from,
    type: filter.type ?? null,
    country: filter.country ?? null,
    filterTown: filter.town ?? null,
    courseKind: filter.courseKind ?? null,
    sex: filter.sex ?? null,
    ageGroup: filter.ageGroup ?? null,
    residenceStatus: filter.residenceStatus ?? null,
    partnerKind: filter.partnerKind ?? null,
  };
}

/**
 * Runs `read` with `temp.report_earlier` (person) holding the people with an act before the
 * period — found exactly as the report's newClients finds them — when the filter asks for new
 * or returning clients; otherwise just runs it.
 */
export function withEarlierPeople<T>(
  store: Store,
  period: PeriodParams,
  filter: DrilldownFilter,
  read: () => T,
): T {
  if (filter.isNew === undefined) return read();
  const db = store.sqlite;
  return withFreshSummaries(store, () => {
    db.exec(`DROP TABLE IF EXISTS temp.report_earlier;
      CREATE TEMP TABLE report_earlier (person INTEGER PRIMARY KEY)`);
    try {
      const insert = db.prepare('INSERT INTO temp.report_earlier VALUES (?)');
      for (const person of findEarlierPeople(store, period.from).values()) insert.run(person);
      return read();
    } finally {
      db.exec('DROP TABLE temp.report_earlier');
    }
  });
}
