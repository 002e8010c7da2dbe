import {
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncRunStatus } from '../../../../db/contract/sync.ts';
import { dumpSyncedData } from '../../../../db/changes/dump.ts';
import { openApp, type App } from '../../../../db/open-app.ts';
import { makeTempDir } from '../../../helpers/temp-database.ts';
import type { MethodName } from '../../../../db/contract/method-names.ts';
import type { Input } from '../../../../db/contract/methods.ts';
import { apiCalls, type InputArgs } from '../../../helpers/temp-api.ts';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.reverse()) cleanup();
  cleanups = [];
});

/** A call on the app's API, typed by the contract. */
const call = <M extends MethodName>(app: App, method: M, ...[input]: InputArgs<M>) =>
  apiCalls(app.api).ok(method, input as Input<M>);

async function runSync(app: App): Promise<SyncRunStatus> {
  const { jobId } = await call(app, 'sync.run', {});
  for (;;) {
    const status = await call(app, 'sync.runStatus', { jobId });
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Two offices whose sync folders a file-sync engine keeps in step — simulated here, no engine
 * runs: it copies a new file under a temporary name and renames it when complete, delivers in
 * any order, leaves a conflict copy, and a USB copy can stop halfway under the final name.
 */
async function twoOffices() {
  const temp = makeTempDir();
  cleanups.push(temp.cleanup);
  const open = async (name: string) => {
    const app = await openApp({ file: join(temp.dir, `${name}.sqlite`), mode: 'create' });
    cleanups.push(app.close);
    const folder = join(temp.dir, `${name}-folder`);
    mkdirSync(folder);
    return { app, folder };
  };
  const hq = await open('liberec');
  const branch = await open('jablonec');
  await call(hq.app, 'site.create', {
    name: 'Liberec',
    town: 'Liberec',
    isHq: true,
    adminName: 'Petra',
  });
  const enrolled = await call(hq.app, 'sync.enrol', {
    name: 'Jablonec',
    town: 'Jablonec nad Nisou',
  });
  await call(branch.app, 'sync.join', {
    file: enrolled.file,
    passphrase: enrolled.passphrase.toLowerCase(),
    adminName: 'Jana',
  });
  for (const office of [hq, branch]) {
    await call(office.app, 'sync.setFolder', { folder: office.folder });
  }
  return { hq, branch, dir: temp.dir };
}

/** The engine's copy of one finished file: temporary name first, then a rename. */
function deliver(from: string, to: string, name: string, options: { rename: boolean }) {
  const temporary = join(to, `.syncthing.${name}.tmp`);
  copyFileSync(join(from, name), temporary);
  if (options.rename) renameSync(temporary, join(to, name));
  return temporary;
}

const newFiles = (folder: string, seen: Set<string>) =>
  readdirSync(folder).filter((name) => name.endsWith('.pristav-sync') && !seen.has(name));

describe('Synchronizovat over a sync folder', () => {
  it('imports whole files once, ignores temporary and partial ones, and converges', async () => {
    const { hq, branch } = await twoOffices();
    await call(hq.app, 'clients.create', {
      familyName: 'Petráček',
      givenNames: 'Jan',
      nationality: 'UA',
      isConsentPending: true,
    });
    await call(branch.app, 'clients.create', {
      familyName: 'Nguyễn',
      givenNames: 'An',
      nationality: 'VN',
      isConsentPending: true,
    });

    // The branch writes its file into its folder; nothing addressed to it is there yet.
    const first = await runSync(branch.app);
    expect(first.state).toBe('done');
    expect(first.exported).toHaveLength(1);
    const [branchFile] = newFiles(branch.folder, new Set());
    expect(branchFile).toBeDefined();

    // The engine has only the temporary copy at HQ so far; a USB copy left half a file under
    // another final name. Neither is read.
    const temporary = deliver(branch.folder, hq.folder, branchFile!, { rename: false });
    const whole = readFileSync(join(branch.folder, branchFile!));
    const halfName = branchFile!.replace('.pristav-sync', '-usb.pristav-sync');
    writeFileSync(join(hq.folder, halfName), whole.subarray(0, whole.length >> 1));
    const early = await runSync(hq.app);
    expect(early.state).toBe('done');
    expect(early.imported).toEqual([]);
    expect(early.skipped.map((entry) => entry.name)).toContain(halfName);

    // The engine finishes: rename, and a conflict copy of the same file beside it.
    renameSync(temporary, join(hq.folder, branchFile!));
    copyFileSync(
      join(hq.folder, branchFile!),
      join(
        hq.folder,
        branchFile!.replace('.pristav-sync', '.sync-conflict-20261202-101500-ABCDEFG.pristav-sync'),
      ),
    );
    writeFileSync(join(hq.folder, halfName), whole); // the USB copy completes: the same file
    const atHq = await runSync(hq.app);
    expect(atHq.state).toBe('done');
    expect(atHq.imported).toHaveLength(1);
    expect(atHq.imported[0]!.fromName).toBe('Jablonec');
    expect(atHq.imported[0]!.arrived[0]!.clients).toBe(1);
    expect(atHq.exported.map((file) => file.toName)).toEqual(['Jablonec']);

    // Running again imports nothing (the copies are the same file, already imported) and
    // writes nothing (the branch would learn nothing it was not told in the last file).
    const again = await runSync(hq.app);
    expect(again.imported).toEqual([]);
    expect(again.exported).toEqual([]);

    // HQ's answer travels back, and both offices hold the same data.
    const seen = new Set(readdirSync(branch.folder));
    for (const name of newFiles(hq.folder, seen)) {
      if (name.startsWith('liberec-to-jablonec'))
        deliver(hq.folder, branch.folder, name, { rename: true });
    }
    // Two files wait for the branch: HQ's first (its own client) and the one after it had the
    // branch's file (which acknowledges it); any order does.
    const atBranch = await runSync(branch.app);
    expect(atBranch.imported).toHaveLength(2);
    expect(JSON.stringify(dumpSyncedData(branch.app.store))).toBe(
      JSON.stringify(dumpSyncedData(hq.app.store)),
    );
    const status = await call(hq.app, 'sync.status', {});
    expect(status.sites.find((site) => site.name === 'Jablonec')!.lastReceived).not.toBeNull();
  });

  it('says plainly when no folder is set or it is missing', async () => {
    const { hq, dir } = await twoOffices();
    await call(hq.app, 'sync.setFolder', { folder: null });
    const unset = await hq.app.api.invoke('sync.run', {}, 'cs');
    expect(unset).toMatchObject({ ok: false, error: { code: 'SYNC_FOLDER_NOT_SET' } });
    await call(hq.app, 'sync.setFolder', { folder: join(dir, 'stick-not-plugged-in') });
    const missing = await hq.app.api.invoke('sync.run', {}, 'cs');
    expect(missing).toMatchObject({ ok: false, error: { code: 'SYNC_FOLDER_MISSING' } });
  });
});
