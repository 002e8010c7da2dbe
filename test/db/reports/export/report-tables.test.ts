import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReportExportSource } from '../../../../db/reports/export/report-export-source.ts';
import {
  buildReportTables,
  type ReportExportSource,
  type ReportTable,
} from '../../../../db/reports/export/report-tables.ts';
import { openSmallCentre, period } from './small-centre.ts';

let centre: Awaited<ReturnType<typeof openSmallCentre>>;
let source: ReportExportSource;
beforeAll(async () => {
  centre = await openSmallCentre();
  source = loadReportExportSource(centre.store, period);
});
afterAll(() => centre.close());

const table = (tables: ReportTable[], id: ReportTable['id']) =>
  tables.find((t) => t.id === id) as ReportTable;

describe('the export table model', () => {
  it('reads the same figures as reports.period and reports.monthly', async () => {
    expect(source.report).toEqual(await centre.ok('reports.period', period));
    expect(source.months).toEqual(await centre.ok('reports.monthly', period));
    expect(source.report).toMatchObject({ clients: 4, countries: 3, acts: 9, actsPerClient: 2.25 });
  });

  it('gives Czech titled tables with Czech labels and numbers as numbers', () => {
    const { tables, period: label, scope, site } = buildReportTables(source, 'cs');
    expect(label).toBe('1. 9. 2026 – 30. 11. 2026');
    expect(scope).toBe('všechny obce');
    expect(site).toBe('Centrum Liberec');
    expect(tables.map((t) => t.name)).toEqual([
      'Souhrn',
      'Národnosti',
      'Druhy služeb',
      'Kurzy',
      'Obce',
      'Anonymní',
      'Po měsících',
      'Pro poskytovatele',
      'Pohlaví',
      'Věk',
      'Pobyt',
      'Odkázání',
    ]);
    // Every headline figure says whom it counts.
    expect(table(tables, 'summary').rows).toEqual([
      ['Pracoviště', 'Centrum Liberec'],
      ['Od', '1. 9. 2026'],
      ['Do', '30. 11. 2026'],
      ['Obec', 'všechny obce'],
      ['Klienti z třetích zemí', 4],
      ['Země původu (třetí země)', 3],
      ['Úkony klientům z třetích zemí', 9],
      ['Úkonů na klienta', 2.25],
    ]);
    expect(table(tables, 'residence').rows).toEqual([
      ['neuvedeno', 3],
      ['dlouhodobý pobyt', 1],
    ]);
    const nationalities = table(tables, 'nationalities');
    expect(nationalities.columns.map((c) => c.header)).toEqual([
      'Státní příslušnost',
      'Kód',
      'Klienti',
    ]);
    expect(nationalities.rows).toEqual([
      ['Ukrajina', 'UA', 2],
      ['Mongolsko', 'MN', 1],
      ['Vietnam', 'VN', 1],
    ]);
    expect(table(tables, 'serviceTypes').rows).toEqual([
      ['Kurz češtiny', 3, 5],
      ['Sociálně právní poradenství', 2, 2],
      ['Doprovod na úřad', 1, 1], // a custom type of the catalogue
      ['Tlumočení', 1, 1],
    ]);
    expect(table(tables, 'courses').rows).toEqual([['Čeština – nízkoprahový kurz', 1, 3]]);
    expect(table(tables, 'towns').columns.map((c) => c.header)).toEqual([
      'Obec',
      'Klienti',
      'Úkony',
      'Kurzy',
      'Účastníci',
    ]);
    expect(table(tables, 'towns').rows).toEqual([
      ['Česká Lípa', 3, 6, 1, 3],
      ['Liberec', 2, 3, 0, 0],
    ]);
    expect(table(tables, 'anonymous').rows).toEqual([['Internet', 6]]);
    expect(table(tables, 'months').rows).toEqual([
      ['září 2026', 0, 0],
      ['říjen 2026', 3, 5],
      ['listopad 2026', 3, 4],
    ]);
  });

  it('speaks English when asked, with the same numbers', () => {
    const { tables, period: label } = buildReportTables(source, 'en');
    expect(label).toBe('1 September 2026 – 30 November 2026');
    expect(tables.map((t) => t.name)).toEqual([
      'Summary',
      'Nationalities',
      'Service types',
      'Courses',
      'Towns',
      'Anonymous',
      'By month',
      'For the funder',
      'Sex',
      'Age',
      'Residence',
      'Referrals',
    ]);
    expect(table(tables, 'sexes').rows).toEqual([
      ['not recorded', 2],
      ['women', 1],
      ['men', 1],
    ]);
    expect(table(tables, 'referrals').rows).toEqual([['Labour office', 1, 1]]);
    expect(table(tables, 'nationalities').rows[0]).toEqual(['Ukraine', 'UA', 2]);
    expect(table(tables, 'serviceTypes').rows.map((row) => row[0])).toEqual([
      'Czech course',
      'Socio-legal counselling',
      'Accompanying to offices',
      'Interpreting',
    ]);
    expect(table(tables, 'courses').rows).toEqual([['Czech – low-threshold course', 1, 3]]);
    expect(table(tables, 'months').rows[1]).toEqual(['October 2026', 3, 5]);
  });

  it('names the town of a town report in the summary', () => {
    const town = loadReportExportSource(centre.store, { ...period, town: 'Česká Lípa' });
    const tables = buildReportTables(town, 'cs');
    expect(tables.scope).toBe('jen úkony poskytnuté v obci Česká Lípa');
    expect(table(tables.tables, 'summary').rows).toContainEqual([
      'Úkony klientům z třetích zemí',
      6,
    ]);
    expect(table(tables.tables, 'anonymous').rows).toEqual([]);
  });
});
