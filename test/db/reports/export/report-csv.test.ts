import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportToCsv } from '../../../../db/reports/export/report-csv.ts';
import { loadReportExportSource } from '../../../../db/reports/export/report-export-source.ts';
import {
  buildReportTables,
  type ReportExportSource,
} from '../../../../db/reports/export/report-tables.ts';
import { openSmallCentre, period } from './small-centre.ts';

let centre: Awaited<ReturnType<typeof openSmallCentre>>;
let source: ReportExportSource;
beforeAll(async () => {
  centre = await openSmallCentre();
  source = loadReportExportSource(centre.store, period);
});
afterAll(() => centre.close());

/** The file split into its sections (a blank line ends each), every line parsed as CSV. */
function sections(bytes: Buffer): string[][][] {
  const rows = parse(bytes, {
    bom: true,
    delimiter: ';',
    relax_column_count: true,
    skip_empty_lines: false,
  }) as string[][];
  const result: string[][][] = [[]];
  for (const row of rows) {
    if (row.length === 1 && row[0] === '') result.push([]);
    else result.at(-1)!.push(row);
  }
  return result.filter((section) => section.length > 0);
}

describe('the CSV export', () => {
  it('is UTF-8 with a BOM, separated by semicolons, with CRLF line ends', () => {
    const bytes = reportToCsv(buildReportTables(source, 'cs'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(text).toContain('Státní příslušnost;Kód;Klienti\r\n');
    expect(text).toContain('Úkonů na klienta;2,25\r\n'); // a decimal comma for Czech Excel
    expect(text.endsWith('\r\n\r\n')).toBe(true);
  });

  it('holds every table as a section: title line, header line, rows', () => {
    const parsed = sections(reportToCsv(buildReportTables(source, 'cs')));
    expect(parsed.map((section) => section[0]![0])).toEqual([
      'Souhrn za období',
      'Klienti podle státní příslušnosti',
      'Klienti a úkony podle služeb',
      'Kurzy, které v období probíhaly',
      'Podle obce, kde byl úkon poskytnut',
      'Anonymní úkony',
      'Klienti a úkony po měsících',
      'Další ukazatele pro poskytovatele dotace',
      'Klienti podle pohlaví',
      'Klienti podle věku k prvnímu dni období',
      'Klienti podle pobytového statusu',
      'Odkázání na partnerské organizace',
    ]);
    const [summary, nationalities, services, courses, towns, anonymous, months, funder, sexes] =
      parsed;
    expect(summary).toContainEqual(['Klienti z třetích zemí', '4']);
    expect(funder!.slice(2)).toEqual([
      ['Noví klienti (první úkon v období)', '3'],
      ['Vracející se klienti', '1'],
      ['Akce (setkání platformy, konference, informační setkání)', '1'],
      ['Účastníci akcí celkem', '45'],
      ['Registrovaní klienti na akcích', '0'],
      ['Klienti z EU/EHP/Švýcarska a Česka (mimo přehled)', '1'],
      ['Jejich úkony (mimo přehled)', '1'],
    ]);
    expect(sexes!.slice(1)).toEqual([
      ['Pohlaví', 'Klienti'],
      ['neuvedeno', '2'],
      ['ženy', '1'],
      ['muži', '1'],
    ]);
    expect(summary).toContainEqual(['Obec', 'všechny obce']);
    expect(nationalities!.slice(1)).toEqual([
      ['Státní příslušnost', 'Kód', 'Klienti'],
      ['Ukrajina', 'UA', '2'],
      ['Mongolsko', 'MN', '1'],
      ['Vietnam', 'VN', '1'],
    ]);
    expect(services![2]).toEqual(['Kurz češtiny', '3', '5']);
    expect(courses![2]).toEqual(['Čeština – nízkoprahový kurz', '1', '3']);
    expect(towns!.slice(1)).toEqual([
      ['Obec', 'Klienti', 'Úkony', 'Kurzy', 'Účastníci'],
      ['Česká Lípa', '3', '6', '1', '3'],
      ['Liberec', '2', '3', '0', '0'],
    ]);
    expect(anonymous![2]).toEqual(['Internet', '6']);
    expect(anonymous![0]![1]).toBe(
      'Neregistrovaní návštěvníci; nezapočítávají se do klientů ani úkonů.',
    );
    expect(months!.slice(2)).toEqual([
      ['září 2026', '0', '0'],
      ['říjen 2026', '3', '5'],
      ['listopad 2026', '3', '4'],
    ]);
  });

  it('quotes a label that holds the separator or a quote', () => {
    const renamed: ReportExportSource = {
      ...source,
      serviceTypeLabels: new Map([
        ...source.serviceTypeLabels,
        ['accompanying', { cs: 'Doprovod; "na úřad"', en: 'Accompanying' }],
      ]),
    };
    const bytes = reportToCsv(buildReportTables(renamed, 'cs'));
    expect(bytes.toString('utf8')).toContain('"Doprovod; ""na úřad""";1;1\r\n');
    expect(sections(bytes)[2]).toContainEqual(['Doprovod; "na úřad"', '1', '1']);
  });

  it('has English headers in English', () => {
    const text = reportToCsv(buildReportTables(source, 'en')).toString('utf8');
    expect(text).toContain('Nationality;Code;Clients\r\nUkraine;UA;2\r\n');
  });
});
