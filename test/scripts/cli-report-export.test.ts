import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../scripts/cli/run-cli.ts';
import { openSmallCentre, period } from '../db/reports/export/small-centre.ts';
import { cli } from '../helpers/run-cli.ts';
import type { Input } from '../../db/contract/methods.ts';

/** `report --format csv|xlsx|pdf [--out FILE]` on the small centre of the export tests. */

let centre: Awaited<ReturnType<typeof openSmallCentre>>;
let db: string;
const range = ['--from', period.from, '--to', period.to];
beforeAll(async () => {
  centre = await openSmallCentre();
  db = centre.file;
});
afterAll(() => centre.close());

const report = (...args: string[]) => cli('--db', db, 'report', ...range, ...args);
const exported = async (format: Input<'reports.export'>['format']) => {
  const file = await centre.ok('reports.export', { ...period, format });
  return Buffer.from(file.base64, 'base64');
};
const pdftotext = (file: string) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8').replace(/\s+/g, ' ');

describe('pristav report --format', () => {
  it('keeps JSON as it was: reports.period, two-space indented', async () => {
    const result = await report();
    const figures = await centre.ok('reports.period', period);
    expect(result.stdout).toBe(JSON.stringify(figures, null, 2));
    const out = join(centre.dir, 'report.json');
    expect((await report('--format', 'json', '--out', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(`${JSON.stringify(figures, null, 2)}\n`);
  });

  it('prints CSV on a terminal as text, and writes the file itself with --out', async () => {
    const printed = await report('--format', 'csv');
    expect(printed.code).toBe(0);
    expect(printed.stdout.startsWith('Souhrn za období\n')).toBe(true);
    expect(printed.stdout).toContain('Státní příslušnost;Kód;Klienti\nUkrajina;UA;2\n');
    expect(printed.stdout).toContain('Úkonů na klienta;2,25\n');

    const out = join(centre.dir, 'prehled.csv');
    expect(await report('--format', 'csv', '--out', out)).toMatchObject({ code: 0, stdout: '' });
    const bytes = readFileSync(out);
    expect(bytes.equals(await exported('csv'))).toBe(true);
    expect(bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');

    const english = await cli('--db', db, '--lang', 'en', 'report', ...range, '--format', 'csv');
    expect(english.stdout).toContain('Nationality;Code;Clients\nUkraine;UA;2\n');
  });

  it('writes XLSX and PDF with --out', async () => {
    const xlsx = join(centre.dir, 'prehled.xlsx');
    expect((await report('--format', 'xlsx', '--out', xlsx)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('Národnosti');
    const summary = workbook.getWorksheet('Souhrn')!.getRow(6);
    expect([summary.getCell(1).value, summary.getCell(2).value]).toEqual([
      'Klienti z třetích zemí',
      4,
    ]);

    const pdf = join(centre.dir, 'prehled.pdf');
    expect((await report('--format', 'pdf', '--town', 'Česká Lípa', '--out', pdf)).code).toBe(0);
    const text = pdftotext(pdf);
    expect(text).toContain('Přehled služeb za období');
    expect(text).toContain('1. 9. 2026 – 30. 11. 2026 · jen úkony poskytnuté v obci Česká Lípa');
  });

  it('writes XLSX bytes to a stdout that is not a terminal', async () => {
    const chunks: Uint8Array[] = [];
    const text: string[] = [];
    const code = await runCli(['--db', db, 'report', ...range, '--format', 'xlsx'], {
      stdout: (line) => text.push(line),
      stdoutBytes: (bytes) => chunks.push(bytes),
      stderr: () => {},
      env: {},
    });
    expect(code).toBe(0);
    expect(text).toEqual([]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets).toHaveLength(12);
  });

  it('pipes the whole PDF out of a real process', () => {
    const script = join(import.meta.dirname, '../../scripts/cli.ts');
    const run = spawnSync(
      process.execPath,
      [script, '--db', db, 'report', ...range, '--format', 'pdf'],
      { encoding: 'buffer' },
    );
    expect(run.status).toBe(0);
    const piped = join(centre.dir, 'piped.pdf');
    writeFileSync(piped, run.stdout);
    // A cut or text-mangled stream would not parse; this one has both pages and the figures.
    expect(execFileSync('pdfinfo', [piped]).toString()).toMatch(/Pages:\s+2/);
    expect(pdftotext(piped)).toContain('Česká Lípa 3 6 1 3');
  });

  it('asks for --out rather than print a binary file on a terminal (exit 2)', async () => {
    const pdf = await report('--format', 'pdf');
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toMatch(
      /^Soubor PDF nelze vypsat na terminál; zadejte --out SOUBOR nebo výstup přesměrujte do souboru\./,
    );
    const english = await cli('--db', db, '--lang', 'en', 'report', ...range, '--format', 'xlsx');
    expect(english.code).toBe(2);
    expect(english.stderr).toMatch(
      /^The XLSX file cannot be printed to a terminal; give --out FILE/,
    );
  });

  it('says which file could not be written, and why (exit 1)', async () => {
    const out = join(centre.dir, 'missing-folder', 'prehled.pdf');
    const result = await report('--format', 'pdf', '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`Soubor ${out} nelze zapsat: složka neexistuje`);
  });

  it('refuses an unknown format and a reversed period', async () => {
    expect((await report('--format', 'docx')).code).toBe(2);
    const reversed = await cli(
      '--db',
      db,
      'report',
      '--from',
      period.to,
      '--to',
      period.from,
      '--format',
      'csv',
    );
    expect(reversed.code).toBe(1);
    expect(reversed.stderr).toMatch(/^Neplatné údaje: Období do/);
  });
});
