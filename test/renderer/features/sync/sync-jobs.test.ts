import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MethodName } from '../../../../db/contract/index.ts';
import { call } from '../../../../renderer/api.ts';
import { exportSyncFiles } from '../../../../renderer/features/sync/sync-export.ts';
import {
  followSyncRun,
  importSyncFiles,
  isMassDeleteStop,
  runPollMilliseconds,
  runSync,
} from '../../../../renderer/features/sync/sync-jobs.ts';
import { fileResult, ids, runStatus } from './sync-fixtures.ts';

// The API client is the one thing faked: each test says what the methods answer.
vi.mock('../../../../renderer/api.ts', () => ({ call: vi.fn() }));
const fakeCall = vi.mocked(call);

type Answer =
  { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

function answer(...answers: Answer[]) {
  const queue = [...answers];
  fakeCall.mockImplementation((async () => {
    const next = queue.shift();
    if (!next) throw new Error('more calls than answers');
    return next;
  }) as unknown as typeof call);
}

function callsOf(method: MethodName): unknown[] {
  return fakeCall.mock.calls.filter(([name]) => name === method).map(([, input]) => input);
}

const files = [
  { name: 'a.pristav-sync', contentBase64: 'AAA=' },
  { name: 'b.pristav-sync', contentBase64: 'BBB=' },
];
const massDelete = {
  ok: false as const,
  error: { code: 'SYNC_MASS_DELETE', message: 'Soubor by smazal 40 % klientů.' },
};

beforeEach(() => {
  fakeCall.mockReset();
});

describe('reading sync files', () => {
  it('imports the files in one call and passes the dry-run flag', async () => {
    answer({ ok: true, value: { files: [fileResult({ isDryRun: true })] } });
    const confirm = vi.fn();
    const outcome = await importSyncFiles(files, true, confirm);
    expect(outcome).toEqual({
      status: 'done',
      result: { files: [fileResult({ isDryRun: true })] },
    });
    expect(callsOf('sync.import')).toEqual([{ files, isDryRun: true }]);
    expect(confirm).not.toHaveBeenCalled();
  });

  it('asks before a mass deletion and, on yes, calls again with allowMassDelete', async () => {
    answer(massDelete, { ok: true, value: { files: [fileResult()] } });
    const confirm = vi.fn(async () => true);
    const outcome = await importSyncFiles(files, false, confirm);
    expect(confirm).toHaveBeenCalledWith('Soubor by smazal 40 % klientů.');
    expect(outcome.status).toBe('done');
    expect(callsOf('sync.import')).toEqual([
      { files, isDryRun: false },
      { files, isDryRun: false, allowMassDelete: true },
    ]);
  });

  it('writes nothing more when the person declines the mass deletion', async () => {
    answer(massDelete);
    const outcome = await importSyncFiles(files, false, async () => false);
    expect(outcome).toEqual({ status: 'declined' });
    expect(callsOf('sync.import')).toHaveLength(1);
  });

  it("hands on any other refusal's message", async () => {
    const message = 'Soubor je určen jinému pracovišti (Česká Lípa).';
    answer({ ok: false, error: { code: 'SYNC_FILE_WRONG_RECIPIENT', message } });
    expect(await importSyncFiles(files, false, async () => true)).toEqual({
      status: 'failed',
      message,
    });
  });
});

describe('following "Synchronizovat"', () => {
  it('polls every 300 ms until the run ends and reports each status', async () => {
    const done = runStatus({ state: 'done', imported: [fileResult()] });
    answer(
      { ok: true, value: runStatus() },
      {
        ok: true,
        value: runStatus({ progress: { step: 'export', done: 1, total: 1, file: null } }),
      },
      { ok: true, value: done },
    );
    const waits: number[] = [];
    const seen: string[] = [];
    const outcome = await followSyncRun('job-1', {
      onStatus: (status) => seen.push(`${status.state}:${status.progress.step}`),
      isCurrent: () => true,
      wait: async (milliseconds) => {
        waits.push(milliseconds);
      },
    });
    expect(outcome).toEqual({ status: 'ended', run: done });
    expect(seen).toEqual(['running:import', 'running:export', 'done:import']);
    expect(waits).toEqual([runPollMilliseconds, runPollMilliseconds]);
    expect(runPollMilliseconds).toBe(300);
    expect(callsOf('sync.runStatus')).toEqual([
      { jobId: 'job-1' },
      { jobId: 'job-1' },
      { jobId: 'job-1' },
    ]);
  });

  it('stops quietly when the screen has moved on', async () => {
    answer({ ok: true, value: runStatus() });
    let isCurrent = true;
    const outcome = await followSyncRun('job-1', {
      onStatus: () => {
        isCurrent = false;
      },
      isCurrent: () => isCurrent,
      wait: async () => {},
    });
    expect(outcome).toEqual({ status: 'superseded' });
  });

  it('reports a status call that fails', async () => {
    answer({ ok: false, error: { code: 'NOT_FOUND', message: 'Úloha nebyla nalezena.' } });
    const outcome = await followSyncRun('job-1', {
      onStatus: () => {},
      isCurrent: () => true,
      wait: async () => {},
    });
    expect(outcome).toEqual({ status: 'failed', message: 'Úloha nebyla nalezena.' });
  });

  it('recognises a run stopped by the mass-deletion check', () => {
    expect(isMassDeleteStop(runStatus({ state: 'failed', error: massDelete.error }))).toBe(true);
    expect(
      isMassDeleteStop(
        runStatus({ state: 'failed', error: { code: 'SYNC_FILE_CANNOT_DECRYPT', message: '' } }),
      ),
    ).toBe(false);
  });
});

describe('preparing a file for another site', () => {
  it('downloads each file that came back inline, under its own name', async () => {
    const inline = (to: string, name: string) => ({
      path: null,
      name,
      to,
      toName: to,
      operations: 5,
      bytes: 900,
      contentBase64: 'UFJJU1RBVg==',
    });
    answer({
      ok: true,
      value: {
        files: [inline(ids.jablonec, 'a.pristav-sync'), inline(ids.lipa, 'b.pristav-sync')],
      },
    });
    const save = vi.fn();
    const outcome = await exportSyncFiles('all', null, save);
    expect(outcome.ok).toBe(true);
    expect(callsOf('sync.export')).toEqual([{ to: 'all' }]);
    expect(save.mock.calls).toEqual([
      ['UFJJU1RBVg==', 'a.pristav-sync', 'application/octet-stream'],
      ['UFJJU1RBVg==', 'b.pristav-sync', 'application/octet-stream'],
    ]);
  });

  it('writes into the folder when one is given, and downloads nothing', async () => {
    answer({
      ok: true,
      value: {
        files: [
          {
            path: '/media/usb/pristav/x.pristav-sync',
            name: 'x.pristav-sync',
            to: ids.liberec,
            toName: 'Centrum Liberec',
            operations: 3,
            bytes: 700,
            contentBase64: null,
          },
        ],
      },
    });
    const save = vi.fn();
    await exportSyncFiles('hq', '/media/usb/pristav', save);
    expect(callsOf('sync.export')).toEqual([{ to: 'hq', folder: '/media/usb/pristav' }]);
    expect(save).not.toHaveBeenCalled();
  });

  it('hands on a refusal', async () => {
    answer({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'K této operaci nemáte oprávnění.' },
    });
    expect(await exportSyncFiles('hq', null, vi.fn())).toEqual({
      ok: false,
      message: 'K této operaci nemáte oprávnění.',
    });
  });
});

describe('"Synchronizovat" from start to end', () => {
  const options = (confirm: (message: string) => Promise<boolean>) => {
    const jobs: string[] = [];
    return {
      jobs,
      options: {
        confirmMassDelete: confirm,
        isCurrent: () => true,
        onStatus: () => {},
        onJob: (jobId: string) => jobs.push(jobId),
        wait: async () => {},
      },
    };
  };

  it('starts the run and follows it to its end', async () => {
    const done = runStatus({ state: 'done' });
    answer({ ok: true, value: { jobId: 'job-1' } }, { ok: true, value: done });
    const { jobs, options: given } = options(async () => true);
    expect(await runSync(given)).toEqual({ status: 'ended', run: done });
    expect(callsOf('sync.run')).toEqual([{ allowMassDelete: false }]);
    expect(jobs).toEqual(['job-1']);
  });

  it('asks about a mass deletion and, on yes, runs again allowing it', async () => {
    const stopped = runStatus({ state: 'failed', error: massDelete.error });
    const done = runStatus({ jobId: 'job-2', state: 'done' });
    answer(
      { ok: true, value: { jobId: 'job-1' } },
      { ok: true, value: stopped },
      { ok: true, value: { jobId: 'job-2' } },
      { ok: true, value: done },
    );
    const confirm = vi.fn(async () => true);
    const { jobs, options: given } = options(confirm);
    expect(await runSync(given)).toEqual({ status: 'ended', run: done });
    expect(confirm).toHaveBeenCalledWith(massDelete.error.message);
    expect(callsOf('sync.run')).toEqual([{ allowMassDelete: false }, { allowMassDelete: true }]);
    expect(jobs).toEqual(['job-1', 'job-2']);
  });

  it('ends with the stopped run when the person declines', async () => {
    const stopped = runStatus({ state: 'failed', error: massDelete.error });
    answer({ ok: true, value: { jobId: 'job-1' } }, { ok: true, value: stopped });
    const { options: given } = options(async () => false);
    expect(await runSync(given)).toEqual({ status: 'ended', run: stopped });
    expect(callsOf('sync.run')).toHaveLength(1);
  });

  it('reports a run that cannot start', async () => {
    const message = 'Synchronizační složka není nastavena.';
    answer({ ok: false, error: { code: 'SYNC_FOLDER_NOT_SET', message } });
    const { options: given } = options(async () => true);
    expect(await runSync(given)).toEqual({ status: 'failed', message });
  });
});
