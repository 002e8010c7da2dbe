import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildElectron } from './build-electron.ts';
import { defaultDatabasePath, userDataFolder } from './lib/default-db-path.ts';
import { openInBrowser } from './lib/electron-fallback-browser.ts';
import { runElectronApp, type ElectronRun } from './lib/electron-launch.ts';
import {
  fetchElectronBinary,
  findElectronBinary,
  hasGraphicalSession,
} from './lib/electron-runtime.ts';
import { startWebHost, unlockOption } from './web-host.ts';

/**
 * `npm start`: builds the app and opens it in Electron, or, where Electron cannot run (no binary
 * and no way to fetch it, no display), serves the same UI on the loopback host in a browser.
 */

const projectRoot = resolve(import.meta.dirname, '..');
const rendererDir = join(projectRoot, 'dist', 'renderer');
const fetchTimeoutMs = 60_000;

const usage = `Použití: npm start -- [--db SOUBOR] [--no-browser] [--verbose]
  --db SOUBOR    databáze (jinak PRISTAV_DB, jinak ${defaultDatabasePath()})
  --no-browser   v záložním režimu neotevírat prohlížeč, jen vypsat adresu
  --verbose      vypsat i výstup neúspěšného stahování či spuštění Electronu
PRISTAV_NO_ELECTRON=1 spustí rovnou záložní režim v prohlížeči.`;

function readOptions() {
  try {
    const { values } = parseArgs({
      options: {
        db: { type: 'string' },
        'no-browser': { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    return values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
}

function buildRenderer(): Promise<boolean> {
  const vite = join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [vite, 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'error'];
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, args, { cwd: projectRoot, stdio: 'inherit' });
    child.once('error', () => resolvePromise(false));
    child.once('close', (code) => resolvePromise(code === 0));
  });
}

/** The Electron binary, or the one-line reason why the browser is used instead. */
async function electronOrReason(
  verbose: boolean,
): Promise<{ binary: string } | { reason: string }> {
  if (process.env.PRISTAV_NO_ELECTRON === '1')
    return { reason: 'Electron je vypnutý (PRISTAV_NO_ELECTRON=1)' };
  const present = findElectronBinary();
  // Without a display a window cannot open; fetching ~100 MB first would only waste time.
  if (!hasGraphicalSession()) {
    const binaryNote = present === null ? ' a binárka Electronu není k dispozici' : '';
    return {
      reason: `Electron nelze spustit (chybí grafické prostředí DISPLAY/WAYLAND_DISPLAY${binaryNote})`,
    };
  }
  if (present !== null) return { binary: present };
  const fetched = await fetchElectronBinary({ timeoutMs: fetchTimeoutMs });
  if (fetched.ok) return { binary: fetched.binary };
  if (verbose && fetched.output) console.error(fetched.output.trimEnd());
  const why =
    fetched.reason === 'timed-out'
      ? `stahování nedoběhlo do ${fetchTimeoutMs / 1000} s`
      : 'binárka není k dispozici a nelze ji stáhnout';
  return { reason: `Electron nelze spustit (${why})` };
}

async function runInElectron(binary: string, chosenDb: string | null): Promise<ElectronRun> {
  try {
    await buildElectron();
  } catch (error) {
    return { started: false, reason: 'sestavení main/preload selhalo', output: String(error) };
  }
  // The app opens PRISTAV_DB when set, like the CLI and the loopback host.
  const env = chosenDb === null ? process.env : { ...process.env, PRISTAV_DB: chosenDb };
  return runElectronApp({ binary, appDir: projectRoot, env });
}

async function runInBrowser(dbPath: string, shouldOpenBrowser: boolean): Promise<void> {
  // The app's own folder is created as Electron would; a folder the user named must exist.
  if (dirname(dbPath) === userDataFolder()) mkdirSync(userDataFolder(), { recursive: true });
  const dbKey = process.env.PRISTAV_DB_KEY;
  const host = await startWebHost({
    dbPath,
    staticDir: rendererDir,
    ...(dbKey === undefined ? {} : { dbKey }),
    ...unlockOption(process.env),
  });
  const address = new URL(host.url);
  if (!address.hash) address.hash = `token=${host.token}`;
  console.log(`Přístav běží na ${address.href}`);
  console.log('Ukončíte jej klávesami Ctrl+C.');
  if (shouldOpenBrowser) openInBrowser(address.href);

  const stop = (): void => {
    void host.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function main(): Promise<void> {
  const options = readOptions();
  if (options.help) {
    console.log(usage);
    return;
  }
  const dbPath = resolve(options.db ?? defaultDatabasePath());

  if (!(await buildRenderer()) || !existsSync(join(rendererDir, 'index.html'))) {
    console.error('Sestavení uživatelského rozhraní (vite build) selhalo; Přístav nelze spustit.');
    process.exit(1);
  }

  const electron = await electronOrReason(options.verbose);
  if ('binary' in electron) {
    const run = await runInElectron(electron.binary, options.db === undefined ? null : dbPath);
    if (run.started) process.exit(run.code);
    if (options.verbose && run.output) console.error(run.output.trimEnd());
    console.log(`Electron nelze spustit (${run.reason}); spouštím Přístav v prohlížeči.`);
  } else {
    console.log(`${electron.reason}; spouštím Přístav v prohlížeči.`);
  }
  await runInBrowser(dbPath, !options['no-browser']);
}

await main();
