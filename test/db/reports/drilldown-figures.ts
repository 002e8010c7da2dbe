import type { Api } from '../../../db/api.ts';
import type { MethodName } from '../../../db/contract/method-names.ts';
import type { Input } from '../../../db/contract/methods.ts';
import type { DrilldownFilter } from '../../../db/contract/report-drilldown.ts';
import { apiCalls } from '../../helpers/temp-api.ts';

/** Helpers of the drill-down tests: each report figure beside the drill-down behind it. */
export interface Period {
  from: string;
  to: string;
  town?: string;
}

/** A call on `api` typed by the contract (test/helpers/temp-api.ts). */
export const ok = <M extends MethodName>(api: Api, method: M, input: Input<M>) =>
  apiCalls(api).ok(method, input);

export const drill = (
  api: Api,
  period: Period,
  show: 'clients' | 'acts',
  filter: DrilldownFilter = {},
) => ok(api, 'reports.drilldown', { ...period, show, filter, limit: 500 });

/**
 * Every number of the report that counts clients or acts, each beside the drill-down that
 * lists them: the drill-down's total must be the number.
 */
export async function figuresAndDrilldowns(api: Api, period: Period) {
  const report = await ok(api, 'reports.period', period);
  const pairs: { figure: string; value: number; total: number }[] = [];
  const add = async (
    figure: string,
    value: number,
    show: 'clients' | 'acts',
    filter?: DrilldownFilter,
  ) => pairs.push({ figure, value, total: (await drill(api, period, show, filter)).total });
  await add('clients', report.clients, 'clients');
  await add('acts', report.acts, 'acts');
  for (const row of report.byNationality) {
    await add(`nationality ${row.country}`, row.clients, 'clients', { country: row.country });
  }
  for (const row of report.byServiceType) {
    await add(`${row.type} clients`, row.clients, 'clients', { type: row.type });
    await add(`${row.type} acts`, row.acts, 'acts', { type: row.type });
  }
  for (const row of report.courses) {
    const kind = row.kind as DrilldownFilter['courseKind'];
    await add(`${row.kind} participants`, row.participants, 'clients', { courseKind: kind });
  }
  for (const row of report.byTown) {
    await add(`${row.town} clients`, row.clients, 'clients', { town: row.town });
    await add(`${row.town} acts`, row.acts, 'acts', { town: row.town });
    await add(`${row.town} participants`, row.participants, 'clients', {
      town: row.town,
      isCourseAttendance: true,
    });
  }
  // Issue 13's figures: each lists the clients (or acts) it counts, "unknown" for unrecorded.
  for (const row of report.bySex) {
    await add(`sex ${row.sex}`, row.clients, 'clients', { sex: row.sex ?? 'unknown' });
  }
  for (const row of report.byAgeGroup) {
    await add(`age ${row.group}`, row.clients, 'clients', { ageGroup: row.group ?? 'unknown' });
  }
  for (const row of report.byResidenceStatus) {
    const residenceStatus = row.status ?? 'unknown';
    await add(`status ${row.status}`, row.clients, 'clients', { residenceStatus });
  }
  await add('new clients', report.newClients, 'clients', { isNew: true });
  await add('returning clients', report.clients - report.newClients, 'clients', { isNew: false });
  for (const row of report.referrals) {
    const filter = { partnerKind: row.partnerKind };
    await add(`referrals ${row.partnerKind}`, row.referrals, 'acts', filter);
    await add(`referred clients ${row.partnerKind}`, row.clients, 'clients', filter);
  }
  const referrals = report.referrals.reduce((sum, row) => sum + row.referrals, 0);
  await add('referrals', referrals, 'acts', { isReferral: true });
  await add('event clients', report.events.clients, 'clients', { type: 'event' });
  await add('other clients', report.otherClients.clients, 'clients', { isOtherClient: true });
  await add('other acts', report.otherClients.acts, 'acts', { isOtherClient: true });
  return { report, pairs };
}

export const totalsOnly = (pairs: { figure: string; total: number }[]) =>
  pairs.map(({ figure, total }) => ({ figure, value: total }));
export const figuresOnly = (pairs: { figure: string; value: number }[]) =>
  pairs.map(({ figure, value }) => ({ figure, value }));
