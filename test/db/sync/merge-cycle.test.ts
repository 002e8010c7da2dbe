import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  closeSite,
  createHqAndBranch,
  makeSyncTempDir,
  receiveFile,
  sendFile,
  type Site,
} from '../../helpers/sync-sites.ts';

/*
 * Two offices merge the same pair of duplicates each its own way round — a cycle once both
 * merges have travelled. Reads follow merged_into to the survivor, and a cycle resolves to its
 * smallest id, at both offices alike. (This was once simulated in clients-api.test.ts by writing
 * merged_into around the change log; here both merges are real and travel as files.)
 */
describe('a merge cycle made by two offices', () => {
  const temp = makeSyncTempDir();
  let hq: Site;
  let branch: Site;
  beforeAll(async () => {
    ({ hq, branch } = await createHqAndBranch(temp.dir));
  });
  afterAll(() => {
    closeSite(hq);
    closeSite(branch);
    temp.cleanup();
  });

  it('resolves to the smallest id at both offices', async () => {
    const base = { nationality: 'VN', consentDate: '2026-11-01', consentVersion: '2026-11' };
    const a = await call(hq, 'clients.create', {
      ...base,
      familyName: 'Cyklus',
      givenNames: 'A',
    });
    const b = await call(hq, 'clients.create', {
      ...base,
      familyName: 'Cyklus',
      givenNames: 'B',
    });
    await receiveFile(branch, (await sendFile(hq, branch, temp.dir)).path);

    await call(hq, 'clients.merge', { survivorId: a.id, mergedId: b.id });
    await call(branch, 'clients.merge', { survivorId: b.id, mergedId: a.id });
    await receiveFile(branch, (await sendFile(hq, branch, temp.dir)).path);
    await receiveFile(hq, (await sendFile(branch, hq, temp.dir)).path);

    const smallest = [a.id, b.id].sort()[0];
    for (const site of [hq, branch]) {
      const merged = site.store.sqlite
        .prepare('SELECT id, merged_into FROM clients WHERE id IN (?, ?) ORDER BY id')
        .all(a.id, b.id);
      // The cycle itself is in the data: each points at the other.
      expect(merged, site.name).toEqual(
        [
          { id: a.id, merged_into: b.id },
          { id: b.id, merged_into: a.id },
        ].sort((x, y) => (x.id < y.id ? -1 : 1)),
      );
      for (const id of [a.id, b.id]) {
        const read = await call(site, 'clients.get', { id });
        expect(read.client.id, site.name).toBe(smallest);
      }
    }
  });
});
