import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpSyncedData } from '../../../../db/changes/dump.ts';
import {
  call,
  closeSite,
  createHq,
  enrolAndJoin,
  makeSyncTempDir,
  receiveFile,
  sendFile,
  type Site,
} from '../../../helpers/sync-sites.ts';

/*
 * Anonymising (the retention rule) removes the name from the change log too, not only from
 * the record: the replaced values become stubs, here and at the office the anonymisation
 * reaches, and the freed bytes are wiped. Nationality and birth year stay.
 */
const names = ['Ochirbatová', 'Ochirbatova', 'ochirbatova', 'Sarangerel', '+976 9911 2233'];

function namesIn(site: Site): string[] {
  site.store.sqlite.pragma('wal_checkpoint(PASSIVE)');
  return ['', '-wal'].flatMap((suffix) => {
    const file = site.file + suffix;
    if (!existsSync(file)) return [];
    const bytes = readFileSync(file);
    return names
      .filter((name) => bytes.includes(Buffer.from(name)))
      .map((name) => `${name}${suffix}`);
  });
}

describe('anonymising forgets the earlier values everywhere', () => {
  const temp = makeSyncTempDir('pristav-anonymise-');
  let hq: Site;
  let branch: Site;
  let clientId: string;

  beforeAll(async () => {
    hq = await createHq(join(temp.dir, 'hq.sqlite'));
    clientId = (
      await call(hq, 'clients.create', {
        familyName: 'Ochirbatová',
        givenNames: 'Sarangerel',
        nationality: 'MN',
        birthDate: '1988-04-12',
        phone: '+976 9911 2233',
        firstContact: '2015-03-02',
        consentDate: '2015-03-02',
      })
    ).id;
    await call(hq, 'acts.record', {
      clientId,
      type: 'social_legal_counselling',
      date: '2015-03-02',
      note: 'Sarangerel hledá práci.',
    });
    branch = await enrolAndJoin(hq, join(temp.dir, 'branch.sqlite'), {
      name: 'Jablonec nad Nisou',
      town: 'Jablonec nad Nisou',
    });
  }, 60_000);

  afterAll(() => {
    for (const site of [hq, branch]) if (site) closeSite(site);
    temp.cleanup();
  });

  it('at HQ and at the branch it reaches', async () => {
    expect(namesIn(hq).length).toBeGreaterThan(0);
    expect(namesIn(branch).length).toBeGreaterThan(0);
    const result = await call(hq, 'clients.anonymise', {
      ids: [clientId],
      years: 5,
    });
    expect(result.clients.map((client) => client.id)).toEqual([clientId]);
    expect(namesIn(hq)).toEqual([]);
    await receiveFile(branch, (await sendFile(hq, branch, temp.dir)).path);
    expect(namesIn(branch)).toEqual([]);
    // The same register at both (the branch's own administrator has not travelled yet).
    const register = (site: Site) => {
      const { clients, service_acts: acts } = dumpSyncedData(site.store);
      return JSON.stringify({ clients, acts });
    };
    expect(register(branch)).toBe(register(hq));
    const kept = await call(hq, 'clients.get', { id: clientId });
    expect(kept.client).toMatchObject({ nationality: 'MN', birthDate: '1988' });
  });
});
