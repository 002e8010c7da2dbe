import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../db/api.ts';
import { openTempStore } from '../../helpers/temp-database.ts';
import { csv, file, fingerprint, runImport } from './import-helpers.ts';

let close: (() => void) | undefined;
afterEach(() => close?.());

const now = () => Date.UTC(2010, 5, 15, 10);

describe('an import with problems', () => {
  it('lists every problem as file:line: column: message and writes nothing', async () => {
    const temp = await openTempStore({ now });
    close = temp.close;
    const api = createApi(temp.store);
    // Something already in the register, so that "nothing written" is not an empty database.
    await api.invoke(
      'clients.create',
      { familyName: 'Stará', nationality: 'UA', isConsentPending: true },
      'cs',
    );
    const before = fingerprint(temp);

    const files = [
      file(
        'clients.csv',
        csv(
          'ref,family_name,given_names,birth_date,sex,nationality',
          '1,Nováková,Jana,1980,F,UA',
          '2,Tran,Mai,31.2.1990,F,VN',
          '3,Smith,John,1970,M,Narnie',
          '1,Duplicitní,Pavel,1985,M,RU',
          '4,,Anna,1990,Q,MN',
          '5,Budoucí,Eva,2011,F,MN',
        ),
      ),
      file(
        'services.csv',
        csv(
          'client_ref,date,type,minutes',
          '1,2009-05-01,social_legal_counselling,30',
          '9,2009-05-02,internet,',
          '2,2009-13-01,internet,',
          '3,2009-05-03,czech_course,',
          ',2009-05-03,internet,',
          '4,1.7.2010,interpreting,',
          '4,1.5.2010,doprovod,',
          '5,1.5.2010,interpreting,dlouho',
        ),
      ),
      file(
        'courses.csv',
        csv('ref,kind,title,town,start_date', 'K1,czech_intensive,Čeština B1,Liberec,2009-03-01'),
      ),
      file(
        'attendance.csv',
        csv('course_ref,client_ref,date,present', 'K9,1,2009-05-04,1', 'K1,1,2009-05-04,možná'),
      ),
      file('tallies.csv', Buffer.from('\ufeffdate;type;count\r\n', 'utf16le')),
    ];
    const status = await runImport(api, { source: 'Jablonec 2009', files });
    expect(status).toMatchObject({
      state: 'failed',
      phase: 'finished',
      message: 'Nalezené problémy: 17; nic nebylo zapsáno.',
      counts: {
        clients: 0,
        services: 0,
        courses: 0,
        lessons: 0,
        attendance: 0,
        tallies: 0,
        unchanged: 0,
      },
    });
    expect(status.problems.map((problem) => problem.text)).toEqual([
      'tallies.csv:1: soubor je v kódování UTF-16; uložte ho jako „CSV UTF-8“ nebo CSV (oddělený středníkem)',
      'clients.csv:3: birth_date: neplatné datum narození „31.2.1990“ (RRRR-MM-DD, D.M.RRRR nebo jen rok; od 1900, ne v budoucnosti)',
      'clients.csv:4: nationality: neznámá země „Narnie“',
      'clients.csv:5: ref: číslo „1“ je v souboru už na řádku 2',
      'clients.csv:6: sex: neplatné pohlaví „Q“ (F, M, X nebo Ž)',
      'clients.csv:6: family_name: povinný údaj',
      'clients.csv:7: birth_date: neplatné datum narození „2011“ (RRRR-MM-DD, D.M.RRRR nebo jen rok; od 1900, ne v budoucnosti)',
      'courses.csv:1: end_date: chybí povinný sloupec',
      'services.csv:3: client_ref: klient „9“ není v clients.csv ani mezi dříve importovanými klienty zdroje „Jablonec 2009“',
      'services.csv:4: date: neplatné datum „2009-13-01“ (RRRR-MM-DD nebo D.M.RRRR)',
      'services.csv:5: type: úkony „czech_course“ se do services.csv nezapisují: vznikají z docházky v attendance.csv',
      'services.csv:6: client_ref: povinný údaj',
      'services.csv:7: date: datum 2010-07-01 je v budoucnosti',
      'services.csv:8: type: služba „doprovod“ v katalogu služeb není',
      'services.csv:9: minutes: neplatné číslo „dlouho“',
      'attendance.csv:2: course_ref: kurz „K9“ není v courses.csv ani mezi dříve importovanými kurzy zdroje „Jablonec 2009“',
      'attendance.csv:3: present: neplatná účast „možná“ (1/0, ano/ne, yes/no, x nebo prázdné)',
    ]);
    expect(status.problems[2]).toEqual({
      file: 'clients.csv',
      line: 4,
      column: 'nationality',
      message: 'neznámá země „Narnie“',
      text: 'clients.csv:4: nationality: neznámá země „Narnie“',
    });
    expect(fingerprint(temp)).toEqual(before);
    // A NUL byte makes the file binary, not text: refused whole, as before.
    const binary = await runImport(api, {
      source: 'Turnov',
      files: [file('clients.csv', csv('ref,family_name,nationality', '1,Nov\u0000á,UA'))],
    });
    expect(binary.problems[0]!.text).toMatch(/^clients\.csv:1: soubor nelze přečíst/);
    expect(fingerprint(temp)).toEqual(before);
  });
});

describe('event attendance', () => {
  it('is refused in services.csv and tallies.csv: it is recorded with the event', async () => {
    const temp = await openTempStore({ now });
    close = temp.close;
    const api = createApi(temp.store);
    const before = fingerprint(temp);
    const status = await runImport(api, {
      source: 'Jablonec 2009',
      files: [
        file('clients.csv', csv('ref,family_name,nationality', '1,Nováková,UA')),
        file('services.csv', csv('client_ref,date,type', '1,2009-05-01,event')),
        file('tallies.csv', csv('date,type,count', '2009-05-01,event,3')),
      ],
    });
    expect(status.problems.map((problem) => problem.text)).toEqual([
      'services.csv:2: type: účast na akci se do services.csv ani tallies.csv nezapisuje: zapisuje se u akce (Akce)',
      'tallies.csv:2: type: účast na akci se do services.csv ani tallies.csv nezapisuje: zapisuje se u akce (Akce)',
    ]);
    expect(fingerprint(temp)).toEqual(before);
    // The tally form's own rule says the same.
    const tally = await api.invoke('tallies.add', { type: 'event' }, 'cs');
    expect(tally.ok ? '' : tally.error.message).toMatch(/zapisují u akce/);
    expect(fingerprint(temp)).toEqual(before);
  });
});

describe('problems across files', () => {
  it('speaks English, names a table given twice, a broken workbook and a mapped header the file lacks', async () => {
    const temp = await openTempStore({ now });
    close = temp.close;
    const clients = csv('ref,family_name,nationality', '1,Novák,UA');
    const status = await runImport(
      createApi(temp.store),
      {
        source: 'Liberec',
        files: [
          file('clients.csv', clients),
          file('klienti.csv', clients),
          file('services.csv', csv('client_ref,date,type', '1,2009-01-02,internet')),
          file('registr.xlsx', 'PK, but not really a workbook'),
        ],
        mapping: { services: { type: 'Druh' } },
      },
      'en',
    );
    expect(status.message).toBe('Problems found: 3; nothing was written.');
    expect(status.problems.map((problem) => problem.text)).toEqual([
      'klienti.csv:1: table clients is already in clients.csv',
      'registr.xlsx:1: the file cannot be read as an XLSX workbook',
      'services.csv:1: type: the file has no column "Druh"',
    ]);
  });

  it('checks attendance against the courses: dates, duplicates, cancelled lessons', async () => {
    const temp = await openTempStore({ now });
    close = temp.close;
    const api = createApi(temp.store);
    const clients = file(
      'clients.csv',
      csv('ref,family_name,nationality', '1,Novák,UA', '2,Tran,VN'),
    );
    const courses = file(
      'courses.csv',
      csv('ref,kind,title,town,start_date,end_date', 'K1,pc,PC kurz,Liberec,1.3.2009,30.4.2009'),
    );
    const first = await runImport(api, {
      source: 'Liberec',
      files: [
        clients,
        courses,
        file('attendance.csv', csv('course_ref,client_ref,date', 'K1,1,2.3.2009')),
      ],
    });
    expect(first).toMatchObject({ state: 'done', counts: { lessons: 1, attendance: 1 } });
    const lesson = temp.store.sqlite.prepare('SELECT id FROM lessons').get() as { id: string };
    expect(
      await api.invoke('lessons.cancel', { id: lesson.id, isCancelled: true }, 'cs'),
    ).toMatchObject({ ok: true });

    const later = await runImport(api, {
      source: 'Liberec',
      files: [
        file(
          'attendance.csv',
          csv(
            'course_ref,client_ref,date,present',
            'K1,2,2.3.2009,1',
            'K1,2,9.3.2009,1',
            'K1,2,9.3.2009,0',
            'K1,2,1.5.2009,1',
            'K1,,16.3.2009,1',
            'K1,2,,1',
          ),
        ),
      ],
    });
    expect(later.problems.map((problem) => problem.text)).toEqual([
      'attendance.csv:2: date: lekce 2009-03-02 je zrušená; docházku nelze zapsat',
      'attendance.csv:4: date: tato docházka (kurz, klient, datum) je v souboru už na řádku 3',
      'attendance.csv:5: date: lekce 2009-05-01 je mimo termín kurzu (2009-03-01 – 2009-04-30)',
      'attendance.csv:6: client_ref: povinný údaj',
      'attendance.csv:7: date: povinný údaj',
    ]);
  });

  it('lists the first thousand problems and says how many there are', async () => {
    const temp = await openTempStore({ now });
    close = temp.close;
    const rows = Array.from({ length: 1500 }, (_, i) => `${i + 1},Novák,Atlantida`);
    const status = await runImport(createApi(temp.store), {
      source: 'X',
      files: [file('clients.csv', csv('ref,family_name,nationality', ...rows))],
    });
    expect(status.message).toBe(
      'Nalezené problémy: 1500 (vypsáno prvních 1000); nic nebylo zapsáno.',
    );
    expect(status.problems).toHaveLength(1000);
    expect(status.problems.at(-1)?.text).toBe(
      'clients.csv:1001: nationality: neznámá země „Atlantida“',
    );
  });
});

describe('text the contract refuses, in the files', () => {
  it('names the line of a bidi override and an invisible name; a control character is no text', async () => {
    const temp = await openTempStore({ now });
    close = temp.close;
    const api = createApi(temp.store);
    const before = fingerprint(temp);
    const files = [
      file(
        'clients.csv',
        csv(
          'ref,family_name,given_names,birth_date,sex,nationality',
          '1,Tran\u202Egnp,Mai,1990,F,VN',
          '2,\u200B\u200B,Anna,1990,F,MN',
          '3\u202E,Ševčenko,Olena,1985,F,UA',
          '4,Petra\u0301ček,Jan,1970,M,UA',
        ),
      ),
    ];
    const status = await runImport(api, { source: 'Turnov', files });
    expect(status.state).toBe('failed');
    const lines = status.problems.map((problem) => `${problem.line} ${problem.column}`);
    expect(lines).toEqual(['2 family_name', '3 family_name', '4 ref']);
    expect(status.problems[0]!.message).toMatch(/směr textu/);
    expect(status.problems[2]!.message).toMatch(/obracející směr textu/);
    expect(fingerprint(temp)).toEqual(before);
    // Control characters (NUL, ESC, BEL…) mean the file is not text: refused whole, as before.
    for (const control of ['\u0000', '\u001B', '\u0007']) {
      const binary = await runImport(api, {
        source: 'Turnov',
        files: [file('clients.csv', csv('ref,family_name,nationality', `1,Nov${control}á,UA`))],
      });
      expect(binary.problems[0]!.text).toMatch(/^clients\.csv:1: soubor nelze přečíst/);
    }
    expect(fingerprint(temp)).toEqual(before);
  });
});
