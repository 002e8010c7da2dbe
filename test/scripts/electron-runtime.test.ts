import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  fetchElectronBinary,
  findElectronBinary,
  hasGraphicalSession,
} from '../../scripts/lib/electron-runtime.ts';

const temp = mkdtempSync(join(tmpdir(), 'pristav-electron-runtime-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A stand-in for node_modules/electron whose install.js runs the given code. */
function fakePackage(name: string, installer: string): string {
  const dir = join(temp, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'install.js'), installer);
  return dir;
}

const installsBinary = `
  const fs = require('node:fs');
  fs.mkdirSync(__dirname + '/dist', { recursive: true });
  fs.writeFileSync(__dirname + '/dist/electron', '');
  fs.writeFileSync(__dirname + '/path.txt', 'electron');`;

describe('findElectronBinary', () => {
  it('is null until the binary is downloaded, like this machine', () => {
    expect(findElectronBinary(fakePackage('empty', ''))).toBeNull();
    const stale = fakePackage('stale', '');
    writeFileSync(join(stale, 'path.txt'), 'electron');
    expect(findElectronBinary(stale)).toBeNull();
  });

  it('finds the executable named in path.txt', () => {
    const dir = fakePackage('installed', '');
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron'), '');
    chmodSync(join(dir, 'dist', 'electron'), 0o755);
    writeFileSync(join(dir, 'path.txt'), 'electron');
    expect(findElectronBinary(dir)).toBe(join(dir, 'dist', 'electron'));
  });
});

describe('fetchElectronBinary', () => {
  it('gives up on an installer that hangs, within the time limit', async () => {
    const packageDir = fakePackage('hangs', 'setInterval(() => {}, 1000);');
    const started = Date.now();
    const fetched = await fetchElectronBinary({ timeoutMs: 500, packageDir });
    expect(fetched).toMatchObject({ ok: false, reason: 'timed-out' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('keeps the failing installer output for --verbose instead of printing it', async () => {
    const packageDir = fakePackage(
      'fails',
      'console.error("TypeError: fetch failed"); process.exit(1);',
    );
    const fetched = await fetchElectronBinary({ timeoutMs: 10_000, packageDir });
    expect(fetched).toEqual({ ok: false, reason: 'failed', output: 'TypeError: fetch failed\n' });
  });

  it('returns the binary once the installer has put it in place', async () => {
    const packageDir = fakePackage('succeeds', installsBinary);
    const fetched = await fetchElectronBinary({ timeoutMs: 10_000, packageDir });
    expect(fetched).toEqual({ ok: true, binary: join(packageDir, 'dist', 'electron') });
  });
});

describe('hasGraphicalSession', () => {
  it('needs DISPLAY or WAYLAND_DISPLAY on Linux only', () => {
    expect(hasGraphicalSession('linux', {})).toBe(false);
    expect(hasGraphicalSession('linux', { DISPLAY: ':0' })).toBe(true);
    expect(hasGraphicalSession('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(hasGraphicalSession('win32', {})).toBe(true);
  });
});
