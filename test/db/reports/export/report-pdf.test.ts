import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../../../db/api.ts';
import { countryName } from '../../../../db/contract/countries.ts';
import type { ExportedFile } from '../../../../db/contract/report-exports.ts';
import { fillRelease2010 } from '../../../../db/demo/release-2010.ts';
import { buildPeriodReport } from '../../../../db/reports/period-report.ts';
import { loadReportExportSource } from '../../../../db/reports/export/report-export-source.ts';
import { reportToPdf } from '../../../../db/reports/export/report-pdf.ts';
import { openTempStore } from '../../../helpers/temp-database.ts';
import { openSmallCentre, period } from './small-centre.ts';

/**
 * The PDF is checked the way its readers meet it: poppler turns it back into text (a missing
 * glyph or a lost figure shows up) and renders its pages into test-output/reports for a look.
 */

const folder = join('test-output', 'reports');
mkdirSync(folder, { recursive: true });
const createdAt = new Date('2026-12-01T09:00:00Z');

function save(name: string, pdf: Buffer) {
  const file = join(folder, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '80', file, join(folder, name)]);
  return file;
}
/** With -layout a table row stays on one line; without, text comes in reading order. */
const pdftotext = (file: string, mode: 'layout' | 'reading' = 'layout') =>
  execFileSync('pdftotext', [
    ...(mode === 'layout' ? ['-layout'] : []),
    '-enc',
    'UTF-8',
    file,
    '-',
  ]).toString('utf8');
const pdfinfo = (file: string) => execFileSync('pdfinfo', ['-enc', 'UTF-8', file]).toString();
/** Line breaks and column gaps vary with the layout; the words do not. */
const flatten = (text: string) => text.replace(/\s+/g, ' ');

describe('the PDF export of a small centre', () => {
  let centre: Awaited<ReturnType<typeof openSmallCentre>>;
  beforeAll(async () => {
    centre = await openSmallCentre();
  });
  afterAll(() => centre.close());

  it('shows the period, the key figures, the charts and every table, in Czech', async () => {
    const source = loadReportExportSource(centre.store, period);
    const file = save('small-centre', await reportToPdf(source, 'cs', { createdAt }));
    expect(pdfinfo(file)).toMatch(/Pages:\s+2/);
    expect(pdfinfo(file)).toMatch(
      /Title:\s+Přehled služeb za období 1\. 9\. 2026 – 30\. 11\. 2026/,
    );
    const text = flatten(pdftotext(file));
    for (const expected of [
      'Centrum Liberec',
      'Přehled služeb za období',
      '1. 9. 2026 – 30. 11. 2026 · všechny obce',
      'Klienti podle státní příslušnosti',
      'Ukrajina UA 2',
      'Kurz češtiny 3 5',
      'Doprovod na úřad 1 1',
      'Čeština – nízkoprahový kurz 1 3',
      'Česká Lípa 3 6 1 3',
      'Liberec 2 3 0 0',
      'Internet 6',
      'říjen 2026 3 5',
      'listopad 2026 3 4',
      'Vytvořeno v aplikaci Přístav dne 1. 12. 2026',
      'Strana 2/2',
    ]) {
      expect(text).toContain(expected);
    }
    expect(flatten(pdftotext(file, 'reading'))).toContain(
      '4 3 9 2,25 Klienti z třetích zemí Země původu (třetí země) Úkony klientům z třetích zemí Úkonů na klienta',
    );
    for (const expected of [
      'Další ukazatele pro poskytovatele dotace',
      'Klienti z EU/EHP/Švýcarska a Česka (mimo přehled) 1',
      'Noví klienti (první úkon v období) 3',
      'Účastníci akcí celkem 45',
      'Úřad práce 1 1',
      'dlouhodobý pobyt 1',
      '26–64 2',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('speaks English for an English caller, and names the town of a town report', async () => {
    const source = loadReportExportSource(centre.store, { ...period, town: 'Česká Lípa' });
    const file = save('small-centre-town-en', await reportToPdf(source, 'en', { createdAt }));
    const text = flatten(pdftotext(file));
    expect(text).toContain(
      '1 September 2026 – 30 November 2026 · only acts delivered in Česká Lípa',
    );
    expect(text).toContain('Clients by nationality');
    expect(text).toContain('Czech – low-threshold course 1 3');
    expect(text).toContain('Anonymous acts');
    expect(text).toContain('No records.');
    expect(text).not.toContain('Liberec 2 3');
  });
});

describe('the PDF export of the 2010 press release centre', () => {
  let temp: Awaited<ReturnType<typeof openTempStore>>;
  const release = { from: '2010-05-01', to: '2010-12-31' };
  beforeAll(async () => {
    temp = await openTempStore({ withSite: false });
    fillRelease2010(temp.store);
  });
  afterAll(() => temp.close());

  it('fits on three pages and lists all 26 countries and the 5 towns', async () => {
    const result = await createApi(temp.store).invoke(
      'reports.export',
      { ...release, format: 'pdf' },
      'cs',
    );
    if (!result.ok) throw new Error(result.error.message);
    const file = result.value as ExportedFile;
    expect(file).toMatchObject({
      fileName: 'prehled-2010-05-01-2010-12-31.pdf',
      mimeType: 'application/pdf',
    });
    const path = save('release-2010', Buffer.from(file.base64, 'base64'));
    // The overview, the tables, and the funder's figures on a page of their own.
    expect(pdfinfo(path)).toMatch(/Pages:\s+3/);
    const text = flatten(pdftotext(path));
    const report = buildPeriodReport(temp.store, release);
    expect(report.byNationality).toHaveLength(26);
    for (const row of report.byNationality) {
      expect(text).toContain(`${countryName(row.country, 'cs')} ${row.country} ${row.clients}`);
    }
    expect(report.byTown).toHaveLength(5);
    for (const row of report.byTown) {
      // flatten() has turned the no-break space of "1 715" into a plain one.
      expect(text).toContain(
        flatten(`${row.town} ${row.clients} ${row.acts.toLocaleString('cs-CZ')}`),
      );
    }
    expect(flatten(pdftotext(path, 'reading'))).toContain(
      '476 26 2 934 6,16 Klienti z třetích zemí',
    );
    expect(text).toContain('Noví klienti (první úkon v období) 476');
    // The chart shows the 12 largest countries and the rest together.
    expect(text).toContain('ostatní (14 zemí)');
  });
});
