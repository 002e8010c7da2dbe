import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../db/api.ts';
import type { Client } from '../../../db/contract/clients.ts';
import type { Language } from '../../../db/contract/language.ts';
import { describeSyncRun, type SyncRunRecord } from '../../../db/contract/sync-run-words.ts';
import { openTempStore } from '../../helpers/temp-database.ts';

/*
 * Domain code throws codes with params and speaks no language (test/lint/language-free-domain);
 * the API words them. These are the words people read in Czech and English, exactly as before.
 */
let temp: Awaited<ReturnType<typeof openTempStore>>;
let api: Api;
let client: Client;
const today = new Date(Date.UTC(2026, 10, 24, 10)).getTime();

async function ok<T>(method: string, input: unknown): Promise<T> {
  const result = await api.invoke(method, input, 'cs');
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

async function refusal(method: string, input: unknown, lang: Language): Promise<string> {
  const result = await api.invoke(method, input, lang);
  if (result.ok) throw new Error(`${method} was accepted`);
  return result.error.message;
}

beforeEach(async () => {
  temp = await openTempStore({ now: () => today });
  api = createApi(temp.store);
  client = await ok<Client>('clients.create', {
    familyName: 'Batbayar',
    givenNames: 'Sarnai',
    nationality: 'MN',
    consentDate: '2026-11-01',
  });
  await ok('serviceTypes.archive', { code: 'interpreting', isArchived: true });
});
afterEach(() => temp.close());

describe('a service type that cannot be recorded, in words', () => {
  it.each([
    [
      'juggling',
      'Službu „juggling“ nelze zapsat jako úkon: taková služba v katalogu není.',
      'Service "juggling" cannot be recorded as an act: no such service in the catalogue.',
    ],
    [
      'interpreting',
      'Službu „interpreting“ nelze zapsat jako úkon: služba je archivovaná.',
      'Service "interpreting" cannot be recorded as an act: the service is archived.',
    ],
    [
      'event',
      'Službu „event“ nelze zapsat jako úkon: účast na akci se zapisuje u akce (Akce).',
      'Service "event" cannot be recorded as an act: event attendance is recorded with the event.',
    ],
    [
      'czech_course',
      'Službu „czech_course“ nelze zapsat jako úkon: úkony kurzů vznikají z docházky.',
      'Service "czech_course" cannot be recorded as an act: course acts come from attendance.',
    ],
  ])('acts.record of %s', async (type, cs, en) => {
    const input = { clientId: client.id, type };
    expect(await refusal('acts.record', input, 'cs')).toBe(cs);
    expect(await refusal('acts.record', input, 'en')).toBe(en);
  });

  it('acts.update to a type that cannot be recorded', async () => {
    const act = await ok<{ id: string }>('acts.record', { clientId: client.id, type: 'internet' });
    const input = { id: act.id, changes: { type: 'interpreting' } };
    expect(await refusal('acts.update', input, 'en')).toBe(
      'Service "interpreting" cannot be recorded as an act: the service is archived.',
    );
  });

  it.each([
    [
      'juggling',
      'Službu „juggling“ nelze zapsat jako úkon: taková služba v katalogu není.',
      'Service "juggling" cannot be recorded as an act: no such service in the catalogue.',
    ],
    [
      'interpreting',
      'Službu „interpreting“ nelze zapsat jako úkon: služba je archivovaná.',
      'Service "interpreting" cannot be recorded as an act: the service is archived.',
    ],
    [
      'czech_course',
      'Službu „czech_course“ nelze zapsat jako úkon: kurzy mají jen zapsané účastníky.',
      'Service "czech_course" cannot be recorded as an act: courses have enrolled participants only.',
    ],
    [
      'event',
      'Službu „event“ nelze zapsat jako úkon: účastníci akce se zapisují u akce (Akce).',
      'Service "event" cannot be recorded as an act: event participants are recorded with the event.',
    ],
  ])('tallies.add and tallies.undo of %s', async (type, cs, en) => {
    expect(await refusal('tallies.add', { type, count: 1 }, 'cs')).toBe(cs);
    expect(await refusal('tallies.add', { type, count: 1 }, 'en')).toBe(en);
    expect(await refusal('tallies.undo', { type }, 'en')).toBe(en);
  });
});

describe('a client change that breaks a rule of the record, in words', () => {
  it('names the field in the caller’s language', async () => {
    const input = { id: client.id, changes: { familyName: '  ' } };
    expect(await refusal('clients.update', input, 'cs')).toBe(
      'Neplatné údaje: Příjmení: povinný údaj',
    );
    expect(await refusal('clients.update', input, 'en')).toBe(
      'Invalid input: Family name: required',
    );
  });
});

describe('a folder sync run, in words', () => {
  const run: SyncRunRecord = {
    jobId: 'job',
    state: 'failed',
    progress: { step: 'import', done: 1, total: 2, file: null },
    imported: [],
    exported: [],
    skipped: [
      { name: 'a.pristav-sync', reason: 'incomplete' },
      { name: 'b.pristav-sync', reason: 'tooNew' },
      { name: 'c.pristav-sync', reason: { code: 'SYNC_FILE_TRUNCATED', params: { path: 'c' } } },
    ],
    error: { code: 'SYNC_FOLDER_MISSING', params: { path: '/media/usb' } },
  };

  it('words the skipped files and the error in the language of whoever asks', () => {
    expect(describeSyncRun(run, 'cs')).toMatchObject({
      skipped: [
        { name: 'a.pristav-sync', reason: 'soubor se ještě zapisuje' },
        { name: 'b.pristav-sync', reason: 'novější formát – aktualizujte Přístav' },
        {
          name: 'c.pristav-sync',
          reason: 'Soubor c je neúplný – nejspíš se nedokopíroval. Zkopírujte ho znovu.',
        },
      ],
      error: {
        code: 'SYNC_FOLDER_MISSING',
        message:
          'Synchronizační složka /media/usb neexistuje nebo není dostupná (je připojený disk?).',
      },
    });
    expect(describeSyncRun(run, 'en').skipped.map((entry) => entry.reason)).toEqual([
      'still being written',
      'newer format – update Přístav',
      'File c is incomplete – it was probably not copied in full. Copy it again.',
    ]);
  });
});
