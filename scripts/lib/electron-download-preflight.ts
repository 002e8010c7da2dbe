import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, posix } from 'node:path';

/**
 * Before electron-builder starts, decide whether what it will download can be had: its own
 * download code waits on the network without a deadline we control, so on a machine without
 * access it would hang or fail deep in a stack trace. This answers within one probe timeout.
 */

export const githubElectronBase = 'https://github.com/electron/electron/releases/download/';
const githubElectronReleases = 'https://github.com/electron/electron/releases/';
const githubBinariesReleases =
  'https://github.com/electron-userland/electron-builder-binaries/releases/';

export interface PreflightInput {
  electronVersion: string;
  platform: string;
  arch: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  /** Where @electron/get caches zips; electron-builder uses its default. */
  electronCacheRoot?: string;
  /** electron-builder's own cache (ELECTRON_BUILDER_CACHE or its default). */
  builderCacheDir?: string;
  probe?: (url: string, timeoutMs: number) => Promise<boolean>;
}

export type PreflightResult =
  { ok: true; electronDist: string | null } | { ok: false; message: string };

export function electronZipName(version: string, platform: string, arch: string): string {
  return `electron-v${version.replace(/^v/, '')}-${platform}-${arch}.zip`;
}

/** First of the variables @electron/get reads for a setting (npm config, then environment). */
function electronSetting(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const upper = name.toUpperCase();
  return (
    env[`npm_config_electron_${name}`] ||
    env[`NPM_CONFIG_ELECTRON_${upper}`] ||
    env[`npm_package_config_electron_${name}`] ||
    env[`ELECTRON_${upper}`] ||
    undefined
  );
}

/** @electron/get's default cache root (env-paths('electron').cache). */
export function defaultElectronCacheRoot(env = process.env, platform = process.platform): string {
  if (platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'electron');
  if (platform === 'win32') {
    return join(env.LOCALAPPDATA || join(homedir(), 'AppData', 'Local'), 'electron', 'Cache');
  }
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'electron');
}

/** electron-builder's cache for its tools (AppImage, fpm, NSIS…). */
export function defaultBuilderCacheDir(env = process.env, platform = process.platform): string {
  if (env.ELECTRON_BUILDER_CACHE) return env.ELECTRON_BUILDER_CACHE;
  if (platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'electron-builder');
  if (platform === 'win32') {
    return join(
      env.LOCALAPPDATA || join(homedir(), 'AppData', 'Local'),
      'electron-builder',
      'Cache',
    );
  }
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'electron-builder');
}

/** Where @electron/get keeps a downloaded file: <root>/<sha256 of the URL's folder>/<file>. */
export function electronCachePath(
  cacheRoot: string,
  downloadUrl: string,
  fileName: string,
): string {
  const folder = new URL(downloadUrl);
  folder.hash = '';
  folder.search = '';
  folder.pathname = posix.dirname(folder.pathname);
  return join(cacheRoot, createHash('sha256').update(folder.toString()).digest('hex'), fileName);
}

/**
 * A cached zip is only usable offline with a seeded SHASUMS256 file next to the cache root:
 * otherwise @electron/get fetches the checksums from the network on every build.
 */
function isZipCachedOffline(cacheRoot: string, mirrorBase: string, version: string, zip: string) {
  const tag = `v${version.replace(/^v/, '')}`;
  if (!existsSync(electronCachePath(cacheRoot, `${mirrorBase}${tag}/${zip}`, zip))) return false;
  return [`SHASUMS256.txt-${version}`, 'SHASUMS256.txt'].some((name) => {
    try {
      return readFileSync(join(cacheRoot, name), 'utf8').includes(zip);
    } catch {
      return false;
    }
  });
}

function hasEntries(folder: string): boolean {
  try {
    return readdirSync(folder).length > 0;
  } catch {
    return false;
  }
}

/** Any HTTP answer (even 404) means the host is reachable; only silence or refusal is not. */
export async function isHostAnswering(url: string, timeoutMs: number): Promise<boolean> {
  try {
    await fetch(url, {
      method: 'HEAD',
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    return true;
  } catch {
    return false;
  }
}

export async function checkElectronDownloads(input: PreflightInput): Promise<PreflightResult> {
  const { env, electronVersion: version, platform, arch } = input;
  const probe = input.probe ?? isHostAnswering;
  const zip = electronZipName(version, platform, arch);

  // A folder with the zip (the old electron-download meaning of ELECTRON_CACHE) goes straight
  // to electron-builder as electronDist: no download, no checksum fetch.
  const zipFolder = env.ELECTRON_CACHE;
  const electronDist = zipFolder && existsSync(join(zipFolder, zip)) ? zipFolder : null;
  const mirror = electronSetting(env, 'mirror');
  const electronBase = mirror ?? githubElectronBase;
  const cacheRoot = input.electronCacheRoot ?? defaultElectronCacheRoot(env);
  const needsElectron =
    electronDist === null && !isZipCachedOffline(cacheRoot, electronBase, version, zip);

  const binariesMirror = env.ELECTRON_BUILDER_BINARIES_MIRROR;
  const needsTools = !hasEntries(input.builderCacheDir ?? defaultBuilderCacheDir(env));

  const probes = new Map<string, string>();
  if (needsElectron) probes.set(new URL(electronBase).origin, mirror ?? githubElectronReleases);
  if (needsTools) {
    const toolsUrl = binariesMirror ?? githubBinariesReleases;
    if (!probes.has(new URL(toolsUrl).origin)) probes.set(new URL(toolsUrl).origin, toolsUrl);
  }
  const answers = await Promise.all(
    [...probes].map(async ([origin, url]) => ({ origin, ok: await probe(url, input.timeoutMs) })),
  );
  const silent = answers
    .filter((answer) => !answer.ok)
    .map((answer) => new URL(answer.origin).host);
  if (silent.length === 0) return { ok: true, electronDist };

  return {
    ok: false,
    message: stopMessage({
      zip,
      version,
      needsElectron,
      needsTools,
      silent,
      timeoutMs: input.timeoutMs,
      zipFolder: zipFolder || null,
      proxy: env.HTTPS_PROXY || env.https_proxy ? env.NODE_USE_ENV_PROXY !== '1' : false,
    }),
  };
}

function stopMessage(facts: {
  zip: string;
  version: string;
  needsElectron: boolean;
  needsTools: boolean;
  silent: string[];
  timeoutMs: number;
  zipFolder: string | null;
  /** A proxy is configured that this check (Node's fetch) did not use. */
  proxy: boolean;
}): string {
  const seconds = Math.round(facts.timeoutMs / 1000);
  const missing = [
    facts.needsElectron ? `Electron ${facts.version} (${facts.zip})` : null,
    facts.needsTools ? 'nástroje electron-builderu (AppImage, deb, NSIS)' : null,
  ].filter((part) => part !== null);
  const lines = [
    `Instalační balíček nelze sestavit: chybí ${missing.join(' a ')} a ${facts.silent.join(', ')} ` +
      `do ${seconds} s ${facts.silent.length > 1 ? 'neodpověděly' : 'neodpověděl'}.`,
    'Co s tím:',
    '  • připojte počítač k internetu (stahuje se z github.com), nebo',
  ];
  if (facts.needsElectron && facts.zipFolder !== null) {
    lines.splice(1, 0, `ELECTRON_CACHE=${facts.zipFolder} soubor ${facts.zip} neobsahuje.`);
  }
  if (facts.needsElectron) {
    lines.push(
      '  • nastavte ELECTRON_MIRROR na dostupné zrcadlo Electronu, nebo',
      `  • stáhněte ${facts.zip} jinde a nastavte ELECTRON_CACHE na složku, ve které leží.`,
    );
  }
  if (facts.needsTools) {
    lines.push(
      '  • pro nástroje nastavte ELECTRON_BUILDER_BINARIES_MIRROR, nebo zkopírujte mezipaměť',
      '    electron-builderu z počítače, kde sestavení proběhlo, a uveďte ji v ELECTRON_BUILDER_CACHE.',
    );
  }
  if (facts.proxy) {
    lines.push('Používáte proxy? Spusťte s NODE_USE_ENV_PROXY=1, aby ji i tato kontrola použila.');
  }
  return lines.join('\n');
}
