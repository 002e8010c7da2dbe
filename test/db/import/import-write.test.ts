import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../db/api.ts';
import { dumpSyncedData } from '../../../db/changes/dump.ts';
import type { ClientDetail, ClientSummary } from '../../../db/contract/clients.ts';
import { buildPeriodReport } from '../../../db/reports/period-report.ts';
import type { Store } from '../../../db/store.ts';
import { openTempStore } from '../../helpers/temp-database.ts';
import { csv, file, runImport, windows1250 } from './import-helpers.ts';

let close: (() => void) | undefined;
afterEach(() => close?.());

const now = () => Date.UTC(2010, 11, 31, 12);
const opsCount = (store: Store) =>
  (store.sqlite.prepare('SELECT count(*) AS n FROM ops').get() as { n: number }).n;

/** A small register of 2009 as a Czech office kept it: Windows-1250, `;`, Czech headers. */
function register2009() {
  return [
    file(
      'klienti.csv',
      windows1250(
        csv(
          'Číslo klienta;Příjmení;Jméno;Datum narození;Pohlaví;Státní příslušnost;Typ pobytu;Obec;Telefon;Datum souhlasu;Poznámka',
          '101;Nguyen;Van An;1980;M;Vietnam;trvalý pobyt;Liberec;777 111 222;1. 3. 2009;',
          '102;Batbayar;Oyuun;12.3.1990;Ž;Mongolsko;dlouhodobý pobyt;Jablonec nad Nisou;;;"přišla s ""tlumočníkem"""',
          '103;Ševčenko;Olena;1975;F;Ukrajina;;Liberec;;;',
        ),
      ),
    ),
    file(
      'sluzby.csv',
      windows1250(
        csv(
          'Klient;Datum;Druh;Obec;Minut;Poznámka',
          '101;2.3.2009;social_legal_counselling;Liberec;45;povolení k pobytu',
          '101;2.3.2009;internet;Liberec;;',
          '101;2.3.2009;internet;Liberec;;',
          '103;15.4.2009;Tlumočení;;30;',
        ),
      ),
    ),
    file(
      'kurzy.csv',
      windows1250(
        csv(
          'Kurz;Druh;Název;Obec;Úroveň;Lektor;Začátek;Konec',
          'K1;czech_low_threshold;Čeština pro začátečníky;Liberec;A1;Mgr. Dvořáková;1.3.2009;30.6.2009',
        ),
      ),
    ),
    file(
      'dochazka.csv',
      windows1250(
        csv(
          'Kurz;Klient;Datum;Přítomen',
          'K1;101;2.3.2009;ano',
          'K1;102;2.3.2009;ano',
          'K1;103;2.3.2009;ne',
          'K1;101;9.3.2009;x',
          'K1;102;9.3.2009;',
        ),
      ),
    ),
    file(
      'tallies.csv',
      csv('date,type,town,count', '2009-03-02,internet,Liberec,5', '2009-03-03,library,Liberec,2'),
    ),
  ];
}

const fullCounts = {
  clients: 3,
  services: 4,
  courses: 1,
  lessons: 2,
  attendance: 5,
  tallies: 2,
  unchanged: 0,
};

describe('importing a legacy register', () => {
  it('writes clients, acts, courses, lessons, enrolments, attendance and tallies', async () => {
    const temp = await openTempStore({ now });
    close = temp.close;
    const api = createApi(temp.store);
    const status = await runImport(api, { source: 'Liberec 2009', files: register2009() });
    expect(status).toMatchObject({
      state: 'done',
      phase: 'finished',
      problems: [],
      counts: fullCounts,
    });
    expect(status.message).toBe(
      'Import dokončen: klienti 3, úkony 4, kurzy 1, lekce 2, docházka 5, anonymní úkony 2, beze změny 0.',
    );

    // The search index and Czech names are right: the client is found as the form would find them.
    const found = await api.invoke('clients.search', { text: 'sevcenko' }, 'cs');
    const [olena] = (found as { value: ClientSummary[] }).value;
    expect(olena).toMatchObject({
      displayName: 'Ševčenko Olena',
      nationality: 'UA',
      birthDate: '1975',
    });
    const detail = (await api.invoke('clients.get', { id: olena!.id }, 'cs')) as {
      value: ClientDetail;
    };
    expect(detail.value.client).toMatchObject({
      isConsentPending: true,
      consentDate: null,
      town: 'Liberec',
    });
    expect(detail.value.legacyRefs).toEqual([{ source: 'Liberec 2009', ref: '103' }]);

    const dump = dumpSyncedData(temp.store);
    const oyuun = dump.clients.find((row) => row.family_name === 'Batbayar')!;
    expect(oyuun).toMatchObject({
      birth_date: '1990-03-12',
      sex: 'F',
      nationality: 'MN',
      residence_status: 'long_term',
      note: 'přišla s "tlumočníkem"',
      is_consent_pending: 1,
    });
    expect(
      dump.service_acts
        .map((act) => [act.type, act.date, act.town, act.minutes, act.is_confidential])
        .sort(),
    ).toEqual([
      ['internet', '2009-03-02', 'Liberec', null, 0],
      ['internet', '2009-03-02', 'Liberec', null, 0],
      ['interpreting', '2009-04-15', 'Liberec', 30, 0],
      ['social_legal_counselling', '2009-03-02', 'Liberec', 45, 1],
    ]);
    expect(dump.courses).toHaveLength(1);
    expect(dump.courses[0]).toMatchObject({
      kind: 'czech_low_threshold',
      level: 'A1',
      lecturer: 'Mgr. Dvořáková',
      start_date: '2009-03-01',
    });
    expect(dump.lessons.map((lesson) => lesson.date).sort()).toEqual(['2009-03-02', '2009-03-09']);
    // Each client enrolled from their first lesson; marks under "lesson:client" as attendance.mark writes them.
    expect(dump.enrolments.map((e) => e.enrolled_on)).toEqual([
      '2009-03-02',
      '2009-03-02',
      '2009-03-02',
    ]);
    expect(dump.attendance.every((mark) => mark.id === `${mark.lesson_id}:${mark.client_id}`)).toBe(
      true,
    );
    expect(dump.attendance.map((mark) => mark.is_present).sort()).toEqual([0, 0, 1, 1, 1]);
    expect(dump.anonymous_tallies.map((t) => [t.type, t.count]).sort()).toEqual([
      ['internet', 5],
      ['library', 2],
    ]);
    // One remembered ref per client, course, act and tally.
    expect(dump.legacy_refs).toHaveLength(3 + 1 + 4 + 2);
  });

  it('counts the imported register in the period report', async () => {
    const temp = await openTempStore({ now });
    close = temp.close;
    await runImport(createApi(temp.store), { source: 'Liberec 2009', files: register2009() });
    const report = buildPeriodReport(temp.store, { from: '2009-01-01', to: '2009-12-31' });
    expect(report).toMatchObject({
      clients: 3,
      countries: 3,
      // 4 acts, and 3 attended lessons of the Czech course.
      acts: 7,
      byServiceType: [
        { type: 'czech_course', clients: 2, acts: 3 },
        { type: 'internet', clients: 1, acts: 2 },
        { type: 'interpreting', clients: 1, acts: 1 },
        { type: 'social_legal_counselling', clients: 1, acts: 1 },
      ],
      courses: [{ kind: 'czech_low_threshold', courses: 1, participants: 2 }],
      anonymous: [
        { type: 'internet', acts: 5 },
        { type: 'library', acts: 2 },
      ],
    });
  });

  it('changes nothing when the same files are imported again', async () => {
    const temp = await openTempStore({ now });
    close = temp.close;
    const api = createApi(temp.store);
    await runImport(api, { source: 'Liberec 2009', files: register2009() });
    const dump = JSON.stringify(dumpSyncedData(temp.store));
    const ops = opsCount(temp.store);
    const again = await runImport(api, { source: 'Liberec 2009', files: register2009() });
    expect(again).toMatchObject({
      state: 'done',
      counts: {
        clients: 0,
        services: 0,
        courses: 0,
        lessons: 0,
        attendance: 0,
        tallies: 0,
        unchanged: 15,
      },
    });
    expect(JSON.stringify(dumpSyncedData(temp.store))).toBe(dump);
    expect(opsCount(temp.store)).toBe(ops);
  });

  it('lets a later file refer to clients imported earlier under the same source only', async () => {
    const temp = await openTempStore({ now });
    close = temp.close;
    const api = createApi(temp.store);
    await runImport(api, { source: 'Liberec 2009', files: register2009().slice(0, 1) });
    const later = [
      file(
        'services.csv',
        csv('client_ref,date,type', '102,2009-11-02,interpreting', '101,2009-11-03,internet'),
      ),
    ];
    const elsewhere = await runImport(api, { source: 'Turnov 2009', files: later });
    expect(elsewhere.problems.map((p) => p.text)).toEqual([
      'services.csv:2: client_ref: klient „102“ není v clients.csv ani mezi dříve importovanými klienty zdroje „Turnov 2009“',
      'services.csv:3: client_ref: klient „101“ není v clients.csv ani mezi dříve importovanými klienty zdroje „Turnov 2009“',
    ]);
    const same = await runImport(api, { source: 'Liberec 2009', files: later });
    expect(same).toMatchObject({
      state: 'done',
      counts: { clients: 0, services: 2, unchanged: 0 },
    });
    const dump = dumpSyncedData(temp.store);
    const oyuun = dump.clients.find((row) => row.family_name === 'Batbayar')!;
    expect(dump.service_acts.filter((act) => act.client_id === oyuun.id)).toHaveLength(1);
  });

  it('takes custom services of the catalogue by code or name', async () => {
    const temp = await openTempStore({ now });
    close = temp.close;
    const api = createApi(temp.store);
    const custom = { code: 'doprovod_urad', labelCs: 'Doprovod na úřad', labelEn: 'Escort' };
    expect(await api.invoke('serviceTypes.create', custom, 'cs')).toMatchObject({ ok: true });
    const status = await runImport(api, {
      source: 'Liberec 2009',
      files: [
        register2009()[0]!,
        file(
          'services.csv',
          csv(
            'client_ref;date;type',
            '101;2.3.2009;doprovod_urad',
            '102;3.3.2009;Doprovod na urad',
          ),
        ),
      ],
    });
    expect(status).toMatchObject({ state: 'done', counts: { services: 2 } });
    expect(dumpSyncedData(temp.store).service_acts.map((act) => act.type)).toEqual([
      'doprovod_urad',
      'doprovod_urad',
    ]);
  });

  it('a dry run writes nothing and counts what the import then writes', async () => {
    const temp = await openTempStore({ now });
    close = temp.close;
    const api = createApi(temp.store);
    const ops = opsCount(temp.store);
    const dump = JSON.stringify(dumpSyncedData(temp.store));
    const dry = await runImport(api, {
      source: 'Liberec 2009',
      files: register2009(),
      dryRun: true,
    });
    expect(dry).toMatchObject({ state: 'done', dryRun: true, counts: fullCounts });
    expect(dry.message).toMatch(/^Zkouška bez zápisu: žádný problém; import by zapsal: klienti 3,/);
    expect(opsCount(temp.store)).toBe(ops);
    expect(JSON.stringify(dumpSyncedData(temp.store))).toBe(dump);
    const real = await runImport(api, { source: 'Liberec 2009', files: register2009() });
    expect(real.counts).toEqual(dry.counts);
  });
});
