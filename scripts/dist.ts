import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runWithTimeout } from './lib/electron-child-process.ts';
import { checkElectronDownloads } from './lib/electron-download-preflight.ts';

/**
 * `npm run dist` (after `npm run build`): the installers for this platform via electron-builder,
 * configured in electron-builder.yml. Extra arguments go to electron-builder (`-- --win`).
 * It stops at once with a clear message when the downloads it needs cannot be had, and a
 * watchdog ends it if it ever runs unreasonably long.
 */

const projectRoot = resolve(import.meta.dirname, '..');
const probeTimeoutMs = 8_000;
const watchdogMs = 20 * 60_000;

function electronVersion(): string {
  const manifest = join(projectRoot, 'node_modules', 'electron', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main(): Promise<void> {
  const builtFiles = [
    'dist/electron/main.cjs',
    'dist/electron/preload.cjs',
    'dist/renderer/index.html',
  ];
  const preflight = await checkElectronDownloads({
    electronVersion: electronVersion(),
    platform: process.platform,
    arch: process.arch,
    env: process.env,
    timeoutMs: probeTimeoutMs,
  });
  if (!preflight.ok) fail(preflight.message);

  const missing = builtFiles.filter((file) => !existsSync(join(projectRoot, file)));
  if (missing.length > 0) {
    fail(
      `Chybí sestavená aplikace (${missing.join(', ')}). Spusťte npm run dist, ne jen scripts/dist.ts.`,
    );
  }

  const builderCli = join(projectRoot, 'node_modules', 'electron-builder', 'cli.js');
  const args = [builderCli, '--publish', 'never', ...process.argv.slice(2)];
  if (preflight.electronDist !== null) args.push(`--config.electronDist=${preflight.electronDist}`);

  const started = Date.now();
  const outcome = await runWithTimeout(process.execPath, args, {
    timeoutMs: watchdogMs,
    cwd: projectRoot,
  });
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  if (outcome.timedOut) {
    fail(
      `electron-builder běžel déle než ${watchdogMs / 60_000} min, a tak byl ukončen. ` +
        'Nejspíš visí na stahování; zkontrolujte síť nebo nastavte ELECTRON_MIRROR a ELECTRON_BUILDER_BINARIES_MIRROR.',
    );
  }
  if (outcome.spawnError) fail(`electron-builder nelze spustit: ${outcome.spawnError.message}`);
  if (outcome.code !== 0) {
    fail(
      `electron-builder skončil s chybou (kód ${outcome.code ?? outcome.signal}) po ${minutes} min.`,
    );
  }
  console.log(`Hotovo za ${minutes} min: instalační balíčky jsou ve složce release/.`);
}

await main();
