import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const projectRoot = resolve(import.meta.dirname, '..', '..');
const home = mkdtempSync(join(tmpdir(), 'pristav-dist-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return `http://127.0.0.1:${port}/`;
}

describe('npm run dist preflight', () => {
  it('stops at once with a Czech explanation when nothing can be downloaded', async () => {
    // Empty caches and mirrors that refuse: the same outcome with or without internet access.
    const refused = await closedPortUrl();
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: home,
      XDG_CACHE_HOME: join(home, 'cache'),
      LOCALAPPDATA: join(home, 'local'),
      ELECTRON_BUILDER_CACHE: join(home, 'builder-cache'),
      ELECTRON_MIRROR: refused,
      ELECTRON_BUILDER_BINARIES_MIRROR: refused,
    };
    const started = Date.now();
    const run = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'dist.ts')], {
      cwd: projectRoot,
      env,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(run.stderr).toContain('Instalační balíček nelze sestavit');
    expect(run.stderr).toContain(`electron-v`);
    expect(run.stderr).toContain('127.0.0.1');
    expect(run.stdout).not.toContain('electron-builder  version');
  });
});
