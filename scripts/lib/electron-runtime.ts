import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runWithTimeout } from './electron-child-process.ts';

/** node_modules/electron of this project. */
export const electronPackageDir = resolve(
  import.meta.dirname,
  '..',
  '..',
  'node_modules',
  'electron',
);

/**
 * Where the Electron executable is, or null when it has not been downloaded. Mirrors what the
 * electron package's index.js does, without its side effect: requiring that file starts a
 * download and throws when the download fails.
 */
export function findElectronBinary(
  packageDir = electronPackageDir,
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  let relativePath: string;
  try {
    relativePath = readFileSync(join(packageDir, 'path.txt'), 'utf8').trim();
  } catch {
    return null;
  }
  if (relativePath === '') return null;
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist');
  const binary = join(distDir, relativePath);
  return existsSync(binary) ? binary : null;
}

export type ElectronFetch =
  | { ok: true; binary: string }
  | { ok: false; reason: 'failed' | 'timed-out' | 'no-package'; output: string };

/**
 * Runs the electron package's own installer (it honours ELECTRON_MIRROR and its cache) with a
 * hard time limit, its output captured so a failure costs the user one line, not a stack trace.
 */
export async function fetchElectronBinary(options: {
  timeoutMs: number;
  packageDir?: string;
  env?: NodeJS.ProcessEnv;
}): Promise<ElectronFetch> {
  const packageDir = options.packageDir ?? electronPackageDir;
  const installer = join(packageDir, 'install.js');
  if (!existsSync(installer)) return { ok: false, reason: 'no-package', output: '' };
  const outcome = await runWithTimeout(process.execPath, [installer], {
    timeoutMs: options.timeoutMs,
    cwd: packageDir,
    env: options.env,
    capture: true,
  });
  const binary = outcome.code === 0 ? findElectronBinary(packageDir, options.env) : null;
  if (binary !== null) return { ok: true, binary };
  const reason = outcome.timedOut ? 'timed-out' : 'failed';
  const output = outcome.spawnError ? String(outcome.spawnError) : outcome.output;
  return { ok: false, reason, output };
}

/** Linux needs an X11 or Wayland session for any window; Windows and macOS always have one. */
export function hasGraphicalSession(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  if (platform === 'win32' || platform === 'darwin') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}
