import { cp } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build, type BuildOptions } from 'esbuild';

const projectRoot = resolve(import.meta.dirname, '..');

export interface BuildElectronOptions {
  /** Where main.cjs and preload.cjs go; package.json "main" expects dist/electron. */
  outdir?: string;
}

export interface BuiltElectron {
  main: string;
  preload: string;
}

// CommonJS has no import.meta; db code that reads it gets the bundle's own location instead of
// an empty object, and `import.meta.main` guards of scripts never fire inside the app.
const importMetaShim = {
  banner: { js: 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  define: {
    'import.meta.url': '__importMetaUrl',
    'import.meta.dirname': '__dirname',
    'import.meta.filename': '__filename',
    'import.meta.main': 'false',
  },
} satisfies BuildOptions;

const shared = {
  bundle: true,
  format: 'cjs',
  sourcemap: false,
  logLevel: 'warning',
  absWorkingDir: projectRoot,
} satisfies BuildOptions;

/**
 * Main: node platform, every npm package left to node_modules (electron-builder packs the
 * production dependencies, and the SQLite driver's .node binary cannot be bundled anyway).
 * Exported so the smoke test bundles main exactly as shipped, with only `electron` swapped.
 */
export function mainBuildOptions(outfile: string): BuildOptions {
  return {
    ...shared,
    ...importMetaShim,
    entryPoints: [join(projectRoot, 'electron', 'main.ts')],
    outfile,
    platform: 'node',
    target: 'node24',
    packages: 'external',
    // The heavy libraries are loaded on first use with import() (db/documents); in the bundle
    // that becomes a deferred require(), which Electron resolves inside app.asar as it always
    // has, where an ESM import() of a package is newer ground.
    supported: { 'dynamic-import': false },
  };
}

/** Preload: a sandboxed preload can only require('electron'), so everything else is inlined. */
export function preloadBuildOptions(outfile: string): BuildOptions {
  return {
    ...shared,
    entryPoints: [join(projectRoot, 'electron', 'preload.ts')],
    outfile,
    platform: 'browser',
    target: 'es2023',
    external: ['electron'],
  };
}

export async function buildElectron(options: BuildElectronOptions = {}): Promise<BuiltElectron> {
  const outdir = resolve(options.outdir ?? join(projectRoot, 'dist', 'electron'));
  const main = join(outdir, 'main.cjs');
  const preload = join(outdir, 'preload.cjs');
  await Promise.all([build(mainBuildOptions(main)), build(preloadBuildOptions(preload))]);
  // Data files db/ reads beside its own module; in the bundle that folder is dist/electron.
  await cp(join(projectRoot, 'db', 'clients', 'consent-texts'), join(outdir, 'consent-texts'), {
    recursive: true,
  });
  return { main, preload };
}

if (import.meta.main) {
  const outdirFlag = process.argv.indexOf('--outdir');
  const outdir = outdirFlag === -1 ? undefined : process.argv[outdirFlag + 1];
  const started = performance.now();
  const built = await buildElectron({ outdir });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Electron: ${built.main} a ${built.preload} (${seconds} s)`);
}
