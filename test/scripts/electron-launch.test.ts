import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runElectronApp } from '../../scripts/lib/electron-launch.ts';

const temp = mkdtempSync(join(tmpdir(), 'pristav-electron-launch-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function fakeBinary(name: string, script: string): string {
  const path = join(temp, name);
  writeFileSync(path, `#!/bin/sh\n${script}\n`);
  chmodSync(path, 0o755);
  return path;
}

describe.skipIf(process.platform === 'win32')('runElectronApp', () => {
  it('treats an early crash as "could not start" and holds its output back', async () => {
    const binary = fakeBinary(
      'crashes',
      'echo "error while loading shared libraries: libnss3.so" >&2; exit 127',
    );
    const run = await runElectronApp({ binary, appDir: temp, startupMs: 5_000 });
    expect(run).toEqual({
      started: false,
      reason: 'skončil hned po startu s kódem 127',
      output: 'error while loading shared libraries: libnss3.so\n',
    });
  });

  it('passes the app folder and reports the exit code of an app that ran', async () => {
    const binary = fakeBinary(
      'runs',
      'sleep 0.4; [ "$1" = "$EXPECTED_APP_DIR" ] && exit 0; exit 5',
    );
    const env = { ...process.env, EXPECTED_APP_DIR: temp, ELECTRON_RUN_AS_NODE: '1' };
    const run = await runElectronApp({ binary, appDir: temp, env, startupMs: 100 });
    expect(run).toEqual({ started: true, code: 0 });
  });

  it('never runs Electron as plain Node, even when the caller inherited that setting', async () => {
    const binary = fakeBinary('checks-env', '[ -z "$ELECTRON_RUN_AS_NODE" ] && exit 0; exit 9');
    const env = { ...process.env, ELECTRON_RUN_AS_NODE: '1' };
    expect(await runElectronApp({ binary, appDir: temp, env })).toEqual({ started: true, code: 0 });
  });

  it('reports a binary that does not exist', async () => {
    const run = await runElectronApp({ binary: join(temp, 'missing'), appDir: temp });
    expect(run).toMatchObject({ started: false, reason: 'spuštění selhalo: ENOENT' });
  });
});
