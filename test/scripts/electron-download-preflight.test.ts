import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cache } from '../../node_modules/@electron/get/dist/Cache.js';
import {
  checkElectronDownloads,
  electronCachePath,
  electronZipName,
  githubElectronBase,
  isHostAnswering,
  type PreflightInput,
} from '../../scripts/lib/electron-download-preflight.ts';

const temp = mkdtempSync(join(tmpdir(), 'pristav-preflight-'));
const zip = electronZipName('45.4.1', 'linux', 'x64');
let server: Server;
let answeringUrl: string;
let closedUrl: string;

async function listen(): Promise<Server> {
  const created = createServer((_request, response) => response.writeHead(404).end());
  await new Promise<void>((done) => created.listen(0, '127.0.0.1', done));
  return created;
}

beforeAll(async () => {
  server = await listen();
  answeringUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const closed = await listen();
  closedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
  await new Promise((done) => closed.close(done));
});
afterAll(() => {
  server.close();
  rmSync(temp, { recursive: true, force: true });
});

function folder(name: string): string {
  const path = join(temp, name);
  mkdirSync(path, { recursive: true });
  return path;
}

function input(overrides: Partial<PreflightInput>): PreflightInput {
  return {
    electronVersion: '45.4.1',
    platform: 'linux',
    arch: 'x64',
    env: {},
    timeoutMs: 8_000,
    electronCacheRoot: folder('empty-electron-cache'),
    builderCacheDir: folder('empty-builder-cache'),
    probe: () => Promise.reject(new Error('no probe expected')),
    ...overrides,
  };
}

describe('isHostAnswering', () => {
  it('counts any HTTP answer as reachable and a closed port as not, at once', async () => {
    expect(await isHostAnswering(answeringUrl, 2_000)).toBe(true);
    const started = Date.now();
    expect(await isHostAnswering(closedUrl, 5_000)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('gives up after its timeout on a host that never answers', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
    const started = Date.now();
    const port = (silent.address() as AddressInfo).port;
    expect(await isHostAnswering(`http://127.0.0.1:${port}/`, 300)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2_000);
    silent.closeAllConnections();
    silent.close();
  });
});

describe('checkElectronDownloads', () => {
  it('stops with what is missing and how to fix it when the download host is silent', async () => {
    const probed: string[] = [];
    const result = await checkElectronDownloads(
      input({ probe: async (url) => (probed.push(url), false) }),
    );
    expect(probed).toEqual(['https://github.com/electron/electron/releases/']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain(zip);
    expect(result.message).toContain('github.com');
    for (const fix of ['ELECTRON_MIRROR', 'ELECTRON_CACHE', 'ELECTRON_BUILDER_BINARIES_MIRROR']) {
      expect(result.message).toContain(fix);
    }
  });

  it('stops within the probe timeout with the real probe when the mirror is down', async () => {
    const started = Date.now();
    const result = await checkElectronDownloads(
      input({
        env: { ELECTRON_MIRROR: closedUrl, ELECTRON_BUILDER_BINARIES_MIRROR: closedUrl },
        probe: undefined,
        timeoutMs: 1_000,
      }),
    );
    expect(result.ok).toBe(false);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('goes ahead when the hosts answer', async () => {
    const result = await checkElectronDownloads(
      input({
        env: { ELECTRON_MIRROR: answeringUrl, ELECTRON_BUILDER_BINARIES_MIRROR: answeringUrl },
        probe: undefined,
      }),
    );
    expect(result).toEqual({ ok: true, electronDist: null });
  });

  it('needs no network for a zip in ELECTRON_CACHE and a filled tool cache', async () => {
    const zipFolder = folder('zip-folder');
    writeFileSync(join(zipFolder, zip), 'zip');
    const builderCache = folder('builder-cache/appimage-12.0.1');
    const result = await checkElectronDownloads(
      input({ env: { ELECTRON_CACHE: zipFolder }, builderCacheDir: dirname(builderCache) }),
    );
    expect(result).toEqual({ ok: true, electronDist: zipFolder });
  });

  it('says so when ELECTRON_CACHE does not hold the zip', async () => {
    const result = await checkElectronDownloads(
      input({ env: { ELECTRON_CACHE: folder('wrong-folder') }, probe: async () => false }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(`neobsahuje`);
  });

  it('finds a zip where @electron/get caches it, but only with seeded checksums', async () => {
    const cacheRoot = folder('electron-cache');
    const url = `${githubElectronBase}v45.4.1/${zip}`;
    // The same cache layout as @electron/get itself, so electron-builder will find the file.
    expect(electronCachePath(cacheRoot, url, zip)).toBe(
      new Cache(cacheRoot).getCachePath(url, zip),
    );
    mkdirSync(dirname(electronCachePath(cacheRoot, url, zip)), { recursive: true });
    writeFileSync(electronCachePath(cacheRoot, url, zip), 'zip');
    const builderCacheDir = dirname(folder('builder-cache-2/fpm'));

    const withoutChecksums = await checkElectronDownloads(
      input({ electronCacheRoot: cacheRoot, builderCacheDir, probe: async () => false }),
    );
    expect(withoutChecksums.ok).toBe(false);

    writeFileSync(join(cacheRoot, 'SHASUMS256.txt-45.4.1'), `${'0'.repeat(64)} *${zip}\n`);
    const seeded = await checkElectronDownloads(
      input({ electronCacheRoot: cacheRoot, builderCacheDir }),
    );
    expect(seeded).toEqual({ ok: true, electronDist: null });
  });
});
