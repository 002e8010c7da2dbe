import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareWithModel, SyncModel } from '../../helpers/sync-model.ts';
import type { Store } from '../../../db/store.ts';
import { readSyncFileHeader } from '../../../db/sync/file/index.ts';
import { rangesFor } from '../../../db/sync/peer-state.ts';
import { readAllHeads } from '../../helpers/change-log.ts';
import {
  call,
  closeSite,
  copyDatabase,
  copyOpenDatabase,
  createHq,
  databaseHash,
  enrolAndJoin,
  makeSyncTempDir,
  openSite,
  receiveFile,
  reviewItemIds,
  sendFile,
  type Site,
  syncState,
} from '../../helpers/sync-sites.ts';
import type { MethodName } from '../../../db/contract/method-names.ts';
import type { Input } from '../../../db/contract/methods.ts';

/*
 * SYNC.md: "The state is a function of the set of operations alone, so the order in which
 * files are imported never matters." Four files reach a headquarters that has seen none of
 * them, in each of the 24 orders: two branches' first files, and the files each wrote after HQ
 * had acknowledged the first — so those carry only what is newer, and read first they bring an
 * act before its client, an edit before the one it replaced, and an edit of a client whose
 * record has not arrived. Every order ends in the same database, which is the one the model
 * expects; reading any file again changes nothing.
 */

interface Sent {
  name: string;
  path: string;
  operations: number;
  /** What the sender held when it wrote the file. */
  snapshot: Set<string>;
  /** The operations in it (its header's ranges): what a receiver that lacks them gains. */
  carries: Set<string>;
}

const permutations = <T>(items: readonly T[]): T[][] =>
  items.length <= 1
    ? [items.slice()]
    : items.flatMap((item, index) =>
        permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [
          item,
          ...rest,
        ]),
      );

describe('four files in every order', () => {
  const temp = makeSyncTempDir('pristav-permutations-');
  const model = new SyncModel();
  const files: Sent[] = [];
  let sameAgain: Sent;
  let receiverTemplate: string;
  let receiverHolds: Set<string>;
  const ids: Record<'c0' | 'c1' | 'c2' | 'a0', string> = { c0: '', c1: '', c2: '', a0: '' };
  const sites: Site[] = [];

  const ownCounter = (site: Site) =>
    (site.store.sqlite
      .prepare('SELECT counter FROM version_vector WHERE site = ?')
      .pluck()
      .get(site.id) as number | undefined) ?? 0;

  /** An API call whose writes the model takes in (and checks their deps). */
  async function act<M extends MethodName>(site: Site, method: M, input: Input<M>) {
    const before = ownCounter(site);
    const value = await call(site, method, input);
    model.recordWrites(site.id, site.store, before);
    return value;
  }

  async function send(name: string, from: Site, to: Site): Promise<Sent> {
    const written = await sendFile(from, to, temp.dir);
    const { ranges } = await readSyncFileHeader(written.path);
    const carries = new Set(
      ranges.flatMap(({ site, from: first, to: last }) =>
        Array.from({ length: last - first + 1 }, (_, offset) => `${site}:${first + offset}`),
      ),
    );
    const snapshot = new Set(model.known.get(from.id));
    expect(
      [...carries].filter((key) => !snapshot.has(key)),
      `${name} holds what was held`,
    ).toEqual([]);
    return { name, path: written.path, operations: written.operations, snapshot, carries };
  }

  async function receive(site: Site, file: Sent): Promise<void> {
    await receiveFile(site, file.path);
    model.receive(site.id, file.snapshot);
  }

  beforeAll(async () => {
    const hq = await createHq(join(temp.dir, 'hq.sqlite'));
    sites.push(hq);
    ids.c0 = (await call(hq, 'clients.create', {
      familyName: 'Nguyễn',
      nationality: 'VN',
      consentDate: '2025-01-01',
      phone: '+420 777 000 000',
    }))!.id;
    ids.a0 = (await call(hq, 'acts.record', {
      clientId: ids.c0,
      type: 'social_legal_counselling',
      note: 'první jednání',
    }))!.id;
    const b1 = await enrolAndJoin(hq, join(temp.dir, 'b1.sqlite'), {
      name: 'Jablonec nad Nisou',
      town: 'Jablonec nad Nisou',
    });
    const b2 = await enrolAndJoin(hq, join(temp.dir, 'b2.sqlite'), {
      name: 'Česká Lípa',
      town: 'Česká Lípa',
    });
    sites.push(b1, b2);
    for (const site of sites) model.adoptSite(site.id, site.store);
    // The receiver: HQ as it is now, before any file from a branch.
    receiverTemplate = join(temp.dir, 'receiver.sqlite');
    copyOpenDatabase(hq, receiverTemplate);
    receiverHolds = new Set(model.known.get(hq.id));

    // Jablonec registers a client and edits one HQ registered; its first file.
    ids.c1 = (await act(b1, 'clients.create', {
      familyName: 'Ševčenko',
      nationality: 'UA',
      consentDate: '2025-02-01',
    }))!.id;
    await act(b1, 'clients.update', { id: ids.c0, changes: { phone: '+420 601 111 111' } });
    files.push(await send('Jablonec 1', b1, hq));
    sameAgain = await send('Jablonec 1 again', b1, hq);
    // HQ reads it and answers: Jablonec now knows HQ holds its first changes.
    await receive(hq, files[0]!);
    await receive(b1, await send('HQ → Jablonec', hq, b1));
    // So its second file carries only what is newer: an act for its client, that client's
    // phone, a second phone for HQ's client, and HQ's act deleted.
    await act(b1, 'acts.record', { clientId: ids.c1, type: 'social_legal_counselling' });
    await act(b1, 'clients.update', { id: ids.c1, changes: { phone: '+380 50 222 2222' } });
    await act(b1, 'clients.update', { id: ids.c0, changes: { phone: '+420 601 333 333' } });
    await act(b1, 'acts.delete', { id: ids.a0 });
    files.push(await send('Jablonec 2', b1, hq));

    // Česká Lípa, meanwhile, gives HQ's client another phone (concurrent with Jablonec's).
    ids.c2 = (await act(b2, 'clients.create', {
      familyName: 'Bold',
      nationality: 'MN',
      consentDate: '2025-03-01',
    }))!.id;
    await act(b2, 'clients.update', { id: ids.c0, changes: { phone: '+420 602 444 444' } });
    files.push(await send('Česká Lípa 1', b2, hq));
    await receive(hq, files[2]!);
    await receive(b2, await send('HQ → Česká Lípa', hq, b2));
    // HQ's answer brought Jablonec's client: Česká Lípa edits it, merges it into its own, and
    // edits the act that Jablonec deleted.
    await act(b2, 'clients.update', { id: ids.c1, changes: { note: 'tlumočník z Lípy' } });
    await act(b2, 'clients.merge', { survivorId: ids.c2, mergedId: ids.c1 });
    await act(b2, 'acts.update', { id: ids.a0, changes: { note: 'doplněno v Lípě' } });
    await act(b2, 'acts.record', { clientId: ids.c2, type: 'social_legal_counselling' });
    files.push(await send('Česká Lípa 2', b2, hq));
  }, 60_000);

  afterAll(() => {
    for (const site of sites) closeSite(site);
    temp.cleanup();
  });

  it('the second files carry only what HQ had not acknowledged', () => {
    const [first, second] = files;
    // Jablonec 2 holds none of Jablonec 1's operations; the same file again holds all of them.
    const newAtJablonec = second!.snapshot.size - first!.snapshot.size;
    expect(second!.operations).toBeGreaterThan(0);
    expect(second!.operations).toBeLessThanOrEqual(newAtJablonec);
    expect(sameAgain.operations).toBe(first!.operations);
    expect(second!.carries.size).toBe(second!.operations);
    expect([...first!.carries].some((key) => second!.carries.has(key))).toBe(false);
  });

  it('a file that carries an operation before the one it replaced: that one never becomes a head', async () => {
    const [hq, b1, b2] = sites as [Site, Site, Site];
    // HQ holds both branches' concurrent phones of its client, and a person settles them. Its
    // files to the branches then carry the choice (HQ sorts first) before the other branch's
    // phone that the choice replaced.
    const item = `clients/${ids.c0}/phone`;
    expect(reviewItemIds(hq.store)).toContain(item);
    await act(hq, 'sync.resolve', { id: item, value: '+420 600 000 000' });
    expect(reviewItemIds(hq.store)).not.toContain(item);
    for (const branch of [b1, b2]) {
      await receive(branch, await send(`HQ → ${branch.name}`, hq, branch));
      expect(compareWithModel(model, branch.id, branch.store), branch.name).toBeNull();
    }
    // Jablonec had phoned again since (its second file): still concurrent with the choice.
    expect(reviewItemIds(b1.store)).toContain(item);
    expect(reviewItemIds(b2.store)).not.toContain(item);
  });

  it("a branch sends only its own operations, though it holds the others' (HQ forwards them)", () => {
    const b1 = sites[1]!;
    // A peer that acknowledged nothing: HQ would send it everything, a branch only its own.
    const origins = (isHq: boolean) =>
      new Set(
        rangesFor(b1.store, 'peer-that-acknowledged-nothing', { siteId: b1.id, isHq }).map(
          (range) => range.site,
        ),
      );
    expect(origins(true).size).toBeGreaterThan(1);
    expect([...origins(false)]).toEqual([b1.id]);
  });

  it('every order gives the same database, the one the model expects; reading again changes nothing', async () => {
    const orders = permutations([0, 1, 2, 3]);
    expect(orders).toHaveLength(24);
    const states = new Set<string>();
    for (const [index, order] of orders.entries()) {
      const label = order.map((position) => files[position]!.name).join(', ');
      const file = join(temp.dir, `receiver-${index}.sqlite`);
      copyDatabase(receiverTemplate, file);
      const site = await openSite(file, { name: 'HQ' });
      model.known.set('receiver', new Set(receiverHolds));
      try {
        for (const position of order) {
          const file = files[position]!;
          const result = await receiveFile(site, file.path);
          expect(result.isAlreadyImported).toBe(false);
          model.receive('receiver', file.carries);
          const difference = compareWithModel(model, 'receiver', site.store);
          expect(difference, `${label}: after ${file.name}`).toBeNull();
        }
        const state = { ...syncState(site.store), files: [], heads: sortedHeads(site.store) };
        states.add(JSON.stringify(state));
        expect(state.review, label).toEqual(
          [`clients/${ids.c0}/phone`, `service_acts/${ids.a0}/deleted`].sort(),
        );

        // The same files again: recognised, nothing read, not a byte written.
        const before = databaseHash(site);
        for (const file of files) {
          const again = await receiveFile(site, file.path);
          expect(again.isAlreadyImported, `${file.name} again`).toBe(true);
          expect(again.new).toBe(0);
        }
        expect(databaseHash(site), `${label}: read again`).toEqual(before);

        // The same operations in another file: all already held, the data as it was.
        const copy = await receiveFile(site, sameAgain.path);
        expect(copy.isAlreadyImported).toBe(false);
        expect(copy.new).toBe(0);
        expect(copy.alreadyHeld).toBe(sameAgain.operations);
        const after = { ...syncState(site.store), files: [], heads: sortedHeads(site.store) };
        expect(after, `${label}: the same operations again`).toEqual(state);
      } finally {
        closeSite(site);
      }
    }
    expect(states.size).toBe(1);

    // What the orders agree on is the register both branches wrote.
    const [only] = [...states];
    const dump = JSON.parse(JSON.parse(only!).dump) as {
      clients: { id: string; family_name: string; merged_into: string | null; phone: string }[];
      service_acts: { client_id: string; deleted: number }[];
    };
    const client = (id: string) => dump.clients.find((row) => row.id === id)!;
    expect(client(ids.c1)).toMatchObject({
      family_name: 'Ševčenko',
      phone: '+380 50 222 2222',
      merged_into: ids.c2,
    });
    expect(['+420 601 333 333', '+420 602 444 444']).toContain(client(ids.c0).phone);
    expect(dump.service_acts.filter((act) => act.client_id === ids.c1)).toHaveLength(1);
  }, 120_000);
});

/** Every row's heads, each field's as a sorted list (a set: the order they were added varies). */
function sortedHeads(store: Store) {
  return Object.entries(readAllHeads(store))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([row, fields]) => [
      row,
      Object.entries(fields)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([field, keys]) => [field, keys.map((key) => key.join(':')).sort()]),
    ]);
}
