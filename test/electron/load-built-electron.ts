import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, registerHooks } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildElectron } from '../../scripts/build-electron.ts';

type Recorder = typeof import('./electron-recorder.ts');

export interface LoadedElectronApp {
  recorder: Recorder;
  /** The app folder: dist/electron (the real build) and dist/renderer (the given files). */
  appPath: string;
  appData: string;
  main: string;
  preload: string;
  /** Runs the built preload as a sandboxed renderer would (once; it records into recorder). */
  loadPreload(): void;
  /** Quits the app (will-quit closes the database) and removes every file it made. */
  dispose(): void;
}

const projectRoot = resolve(import.meta.dirname, '..', '..');
const recorderPath = join(import.meta.dirname, 'electron-recorder.ts');
// Node's own require, not Vitest's module runner: the bundle is CommonJS as Electron loads it.
const nativeRequire = createRequire(import.meta.url);

/**
 * Builds dist/electron with the project's own build (scripts/build-electron.ts: the files
 * `npm start` and the installers ship) into a fresh app folder, and loads main.cjs in this Node
 * process. Only the bundle's `require("electron")` is redirected, by a module-resolution hook,
 * to the recorder: nothing of the bundle is rebuilt or patched for the test. It is not yet
 * "ready": the caller sets up what it needs, then calls recorder.emitReady().
 */
export async function loadBuiltMain(
  rendererFiles: Record<string, string>,
): Promise<LoadedElectronApp> {
  // Inside the project, so the bundle's require("kysely") etc. resolve from its node_modules,
  // as they do from the packaged app's.
  mkdirSync(join(projectRoot, 'test-output'), { recursive: true });
  const appPath = mkdtempSync(join(projectRoot, 'test-output', 'electron-app-'));
  const appData = mkdtempSync(join(tmpdir(), 'pristav-electron-data-'));
  const { main, preload } = await buildElectron({ outdir: join(appPath, 'dist', 'electron') });
  for (const [name, content] of Object.entries(rendererFiles)) {
    const file = join(appPath, 'dist', 'renderer', name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }

  const appUrl = pathToFileURL(appPath + '/').href;
  const hooks = registerHooks({
    resolve(specifier, context, nextResolve) {
      if (specifier === 'electron' && context.parentURL?.startsWith(appUrl)) {
        return { url: pathToFileURL(recorderPath).href, shortCircuit: true };
      }
      return nextResolve(specifier, context);
    },
  });

  const recorder = nativeRequire(recorderPath) as Recorder;
  recorder.configure({ appPath, appData });
  nativeRequire(main);

  let isPreloadLoaded = false;
  return {
    recorder,
    appPath,
    appData,
    main,
    preload,
    loadPreload() {
      if (isPreloadLoaded) return;
      isPreloadLoaded = true;
      nativeRequire(preload);
    },
    dispose() {
      recorder.app.emit('will-quit', recorder.makeEvent({}));
      hooks.deregister();
      rmSync(appPath, { recursive: true, force: true });
      // The background integrity check may still be opening the database file just after close.
      rmSync(appData, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}
