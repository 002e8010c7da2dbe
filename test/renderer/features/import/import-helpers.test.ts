import { describe, expect, it } from 'vitest';
import type { ImportTableInspection } from '../../../../db/contract/index.ts';
import {
  sortChosenFiles,
  suggestSourceName,
  type ChosenFile,
} from '../../../../renderer/features/import/chosen-files.ts';
import {
  choicesThatFit,
  mappedPreview,
  withColumnMapped,
} from '../../../../renderer/features/import/import-mapping.ts';

function chosen(path: string): ChosenFile {
  const name = path.split('/').at(-1)!;
  return { file: new File(['x'], name), path: path.includes('/') ? path : '' };
}

const attendance: ImportTableInspection = {
  table: 'attendance',
  file: 'attendance.csv',
  sheet: null,
  encoding: 'utf-8',
  delimiter: ',',
  headers: ['Kurz', 'Klient', 'Datum', 'Účast'],
  mapping: { course_ref: 'Kurz', client_ref: 'Klient', date: 'Datum', present: null },
  required: ['course_ref', 'client_ref', 'date'],
  missing: [],
  preview: [['C1', 'K001', '3.3.2009', 'ano']],
  rows: 1,
};

describe('the files chosen for an import', () => {
  it('names the source after the folder the files came from', () => {
    const files = [chosen('Jablonec 2009/clients.csv'), chosen('Jablonec 2009/services.csv')];
    expect(suggestSourceName(files)).toBe('Jablonec 2009');
    expect(suggestSourceName([chosen('registr/2009/clients.csv')])).toBe('2009');
  });

  it('names it after a workbook chosen alone, and not at all for loose CSV files', () => {
    expect(suggestSourceName([chosen('registr-2009.xlsx')])).toBe('registr-2009');
    expect(suggestSourceName([chosen('clients.csv'), chosen('services.csv')])).toBe('');
    expect(suggestSourceName([chosen('a/clients.csv'), chosen('b/services.csv')])).toBe('');
  });

  it('keeps CSV and XLSX files, names the rest and drops hidden and lock files', () => {
    const sorted = sortChosenFiles([
      chosen('r/clients.CSV'),
      chosen('r/popis.txt'),
      chosen('r/.DS_Store'),
      chosen('r/~$registr.xlsx'),
      chosen('r/registr.xlsx'),
    ]);
    expect(sorted.files.map((entry) => entry.file.name)).toEqual(['clients.CSV', 'registr.xlsx']);
    expect(sorted.skipped).toEqual(['popis.txt']);
  });
});

describe('the column mapping', () => {
  it('keeps the choices made by hand, the new one last', () => {
    const first = withColumnMapped({}, 'attendance', 'present', 'Účast');
    expect(withColumnMapped(first, 'clients', 'nationality', 'Země původu')).toEqual({
      attendance: { present: 'Účast' },
      clients: { nationality: 'Země původu' },
    });
    expect(withColumnMapped(first, 'attendance', 'present', null)).toEqual({
      attendance: { present: null },
    });
  });

  it('gives a header to one column only', () => {
    const first = withColumnMapped({}, 'attendance', 'date', 'Účast');
    expect(withColumnMapped(first, 'attendance', 'present', 'Účast')).toEqual({
      attendance: { present: 'Účast' },
    });
  });

  it('keeps for new files only the choices whose header they still have', () => {
    const mapping = { attendance: { present: 'Účast', date: 'Den', note: null } };
    const fixed = { ...attendance, headers: ['Kurz', 'Klient', 'Datum', 'Účast'] };
    expect(choicesThatFit(mapping, { tables: [fixed], ignored: [] })).toEqual({
      attendance: { present: 'Účast', note: null },
    });
    expect(choicesThatFit(mapping, { tables: [], ignored: [] })).toEqual({});
  });

  it('previews the mapped columns only, in canonical order', () => {
    const preview = mappedPreview(
      { ...attendance, mapping: { ...attendance.mapping, course_ref: null, present: 'Účast' } },
      ['course_ref', 'client_ref', 'date', 'present'],
    );
    expect(preview).toEqual({
      columns: ['client_ref', 'date', 'present'],
      rows: [['K001', '3.3.2009', 'ano']],
    });
  });
});
