import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../db/api.ts';
import { dumpSyncedData } from '../../../db/changes/dump.ts';
import type { Client } from '../../../db/contract/clients.ts';
import type { PartnerKind } from '../../../db/contract/partners.ts';
import { openTempStore } from '../../helpers/temp-database.ts';
import {
  call,
  closeSite,
  createHq,
  enrolAndJoin,
  makeSyncTempDir,
  receiveFile,
  sendFile,
} from '../../helpers/sync-sites.ts';
import { apiCalls } from '../../helpers/temp-api.ts';

/**
 * Issue 13 points 16–17 through the API over a real database: the register of partner
 * organisations, referrals recorded on acts, events and the attendance acts of registered
 * clients. Every refusal names the problem in Czech and leaves the synced data as it was.
 */
type Temp = Awaited<ReturnType<typeof openTempStore>>;

describe('partner organisations, referrals and events', () => {
  let temp: Temp;
  let api: Api;
  let lan: Client;
  let bat: Client;

  const { ok } = apiCalls(() => api);
  /** A call that must be refused with `code`, leaving every synced row as it was. */
  async function refused(method: string, input: unknown, code: string): Promise<string> {
    const before = JSON.stringify(dumpSyncedData(temp.store));
    const result = await api.invoke(method, input, 'cs');
    expect(result.ok, method).toBe(false);
    if (result.ok) return '';
    expect(result.error.code).toBe(code);
    expect(JSON.stringify(dumpSyncedData(temp.store))).toBe(before);
    return result.error.message;
  }
  const partner = (organisationName: string, partnerKind: PartnerKind) =>
    ok('partners.create', { organisationName, partnerKind, town: 'Liberec' });

  beforeEach(async () => {
    temp = await openTempStore({ now: () => Date.UTC(2026, 11, 4, 10) });
    api = createApi(temp.store);
    lan = await ok('clients.create', {
      familyName: 'Trần',
      givenNames: 'Lan',
      nationality: 'VN',
      consentDate: '2026-01-01',
    });
    bat = await ok('clients.create', {
      familyName: 'Bat',
      nationality: 'MN',
      consentDate: '2026-01-01',
    });
  });
  afterEach(() => temp.close());

  it('keeps a register of partners in Czech order, archived ones apart', async () => {
    const labour = await partner('Úřad práce Liberec', 'labour_office');
    await partner('Česká správa sociálního zabezpečení', 'cssz');
    await partner('Člověk v tísni', 'ngo');
    expect(labour).toMatchObject({ kind: 'labour_office', town: 'Liberec', isArchived: false });
    const names = async (includeArchived = false) =>
      (await ok('partners.list', { includeArchived })).map((row) => row.name);
    expect(await names()).toEqual([
      'Česká správa sociálního zabezpečení',
      'Člověk v tísni',
      'Úřad práce Liberec',
    ]);
    const edited = await ok('partners.update', {
      id: labour.id,
      changes: { contact: 'pí Horáková, 950 101 111', isArchived: true },
    });
    expect(edited).toMatchObject({ contact: 'pí Horáková, 950 101 111', isArchived: true });
    expect(await names()).not.toContain('Úřad práce Liberec');
    expect(await names(true)).toContain('Úřad práce Liberec');
    // Synced: the change log carries it, so it travels to every office.
    expect(dumpSyncedData(temp.store).partners).toHaveLength(3);

    const message = await refused(
      'partners.create',
      { organisationName: ' ', partnerKind: 'embassy' },
      'VALIDATION',
    );
    expect(message).toContain('Název organizace: povinný údaj');
    expect(message).toContain('Druh organizace: zvolte jednu z nabízených možností');
  });

  it('records a referral on an act and shows it in the client’s timeline', async () => {
    const labour = await partner('Úřad práce Liberec', 'labour_office');
    const act = await ok('acts.record', {
      clientId: lan.id,
      type: 'social_legal_counselling',
      date: '2026-12-01',
      partnerId: labour.id,
    });
    expect(act.partnerId).toBe(labour.id);
    const [entry] = await ok('acts.timeline', { clientId: lan.id });
    expect(entry!.referral).toEqual({
      partnerId: labour.id,
      name: 'Úřad práce Liberec',
      kind: 'labour_office',
    });

    // An archived partner takes no new referral; the act that names it keeps it.
    await ok('partners.update', { id: labour.id, changes: { isArchived: true } });
    const message = await refused(
      'acts.record',
      { clientId: bat.id, type: 'interpreting', partnerId: labour.id },
      'PARTNER_UNAVAILABLE',
    );
    expect(message).toContain('archivovaná');
    await ok('acts.update', { id: act.id, changes: { note: 'doprovod', partnerId: labour.id } });
    const cleared = await ok('acts.update', {
      id: act.id,
      changes: { partnerId: null },
    });
    expect(cleared.partnerId).toBeNull();
    await refused(
      'acts.update',
      { id: act.id, changes: { partnerId: labour.id } },
      'PARTNER_UNAVAILABLE',
    );
  });

  it('records an event with its partners and the registered clients who attended', async () => {
    const oamp = await partner('OAMP Liberec', 'oamp');
    const event = await ok('events.create', {
      date: '2026-12-02',
      town: 'Liberec',
      eventKind: 'conference',
      topic: 'Integrace cizinců v Libereckém kraji',
      participants: 60,
      partnerIds: [oamp.id],
      clientIds: [lan.id, bat.id, lan.id],
    });
    expect(event).toMatchObject({
      kind: 'conference',
      participants: 60,
      clientCount: 2,
      partners: [{ id: oamp.id, name: 'OAMP Liberec', kind: 'oamp' }],
    });
    expect(event.attendees.map((row) => row.displayName)).toEqual(['Bat', 'Trần Lan']);
    const [attended] = await ok('acts.timeline', { clientId: lan.id });
    expect(attended).toMatchObject({
      type: 'event',
      date: '2026-12-02',
      town: 'Liberec',
      event: { id: event.id, topic: 'Integrace cizinců v Libereckém kraji', kind: 'conference' },
    });

    // Moved to another day and town: the attendance acts follow; Bat no longer listed.
    const moved = await ok('events.update', {
      id: event.id,
      changes: { date: '2026-12-03', town: 'Turnov', clientIds: [lan.id] },
    });
    expect(moved.attendees.map((row) => row.clientId)).toEqual([lan.id]);
    const acts = temp.store.sqlite
      .prepare(
        'SELECT client_id, date, town, deleted FROM service_acts ORDER BY deleted, client_id',
      )
      .all();
    expect(acts).toEqual([
      { client_id: lan.id, date: '2026-12-03', town: 'Turnov', deleted: 0 },
      { client_id: bat.id, date: '2026-12-02', town: 'Liberec', deleted: 1 },
    ]);
    const listed = await ok('events.list', { from: '2026-12-01' });
    expect(listed.map((row) => row.topic)).toEqual(['Integrace cizinců v Libereckém kraji']);

    // Its attendance is changed with the event, not as an act of its own.
    const [act] = await ok('acts.timeline', { clientId: lan.id });
    await refused(
      'acts.update',
      { id: act!.sourceId, changes: { date: '2026-12-01' } },
      'EVENT_ACT_LOCKED',
    );
    await refused('acts.record', { clientId: bat.id, type: 'event' }, 'INVALID_SERVICE_TYPE');

    await ok('events.delete', { id: event.id });
    expect(await ok('acts.timeline', { clientId: lan.id })).toEqual([]);
    expect(await ok('events.list', {})).toEqual([]);
  });

  it('refuses an event whose numbers or date cannot be, changing nothing', async () => {
    const event = await ok('events.create', {
      date: '2026-12-01',
      eventKind: 'info_session',
      topic: 'Zdravotní pojištění cizinců',
      participants: 1,
      clientIds: [lan.id],
    });
    // The site's town when none is given.
    expect(event.town).toBe('Liberec');
    const tooFew = await refused(
      'events.update',
      { id: event.id, changes: { clientIds: [lan.id, bat.id] } },
      'EVENT_PARTICIPANTS_TOO_FEW',
    );
    expect(tooFew).toContain('Počet účastníků (1) je menší než počet zapsaných');
    const future = await refused(
      'events.create',
      {
        date: '2026-12-20',
        eventKind: 'platform_meeting',
        topic: 'Platforma',
        participants: 10,
        clientIds: [bat.id],
      },
      'EVENT_NOT_HELD_YET',
    );
    expect(future).toContain('ještě neproběhla');
    // Planned without attendees, it can be recorded ahead.
    await ok('events.create', {
      date: '2026-12-20',
      eventKind: 'platform_meeting',
      topic: 'Platforma',
      participants: 0,
    });
    await ok('clients.update', { id: bat.id, changes: { consentWithdrawn: '2026-12-01' } });
    await refused(
      'events.update',
      { id: event.id, changes: { participants: 5, clientIds: [lan.id, bat.id] } },
      'CONSENT_WITHDRAWN',
    );
    const invalid = await refused(
      'events.create',
      { date: '2026-12-01', eventKind: 'party', topic: '', participants: -1 },
      'VALIDATION',
    );
    expect(invalid).toContain('Druh akce');
    expect(invalid).toContain('Téma: povinný údaj');
    expect(invalid).toContain('Počet účastníků: zadejte celé číslo od 0 do 100000');
  });

  it('travels to a branch with the attendance acts, in one piece', async () => {
    const folder = makeSyncTempDir();
    // The real clock at both offices: a file stamped ahead of the branch's clock is refused.
    const hq = await createHq(join(folder.dir, 'hq.sqlite'));
    const branch = await enrolAndJoin(hq, join(folder.dir, 'turnov.sqlite'), {
      name: 'Turnov',
      town: 'Turnov',
    });
    try {
      const client = await call(hq, 'clients.create', {
        familyName: 'Nguyễn',
        nationality: 'VN',
        consentDate: '2026-01-01',
      });
      const vzp = await call(hq, 'partners.create', {
        organisationName: 'VZP Liberec',
        partnerKind: 'vzp',
      });
      await call(hq, 'acts.record', {
        clientId: client.id,
        type: 'interpreting',
        date: '2026-12-01',
        partnerId: vzp.id,
      });
      await call(hq, 'events.create', {
        date: '2026-12-02',
        eventKind: 'info_session',
        topic: 'Zdravotní pojištění',
        participants: 9,
        partnerIds: [vzp.id],
        clientIds: [client.id],
      });
      await receiveFile(branch, (await sendFile(hq, branch, folder.dir)).path);
      const events = await call(branch, 'events.list', {});
      expect(events).toMatchObject([{ clientCount: 1, partners: [{ name: 'VZP Liberec' }] }]);
      const period = { from: '2026-12-01', to: '2026-12-31' };
      expect(await call(branch, 'reports.period', period)).toEqual(
        await call(hq, 'reports.period', period),
      );
      expect(dumpSyncedData(branch.store).events).toEqual(dumpSyncedData(hq.store).events);
    } finally {
      closeSite(branch);
      closeSite(hq);
      folder.cleanup();
    }
  });
});
