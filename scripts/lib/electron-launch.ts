import { spawn } from 'node:child_process';

export type ElectronRun =
  { started: true; code: number } | { started: false; reason: string; output: string };

export interface LaunchOptions {
  binary: string;
  appDir: string;
  env?: NodeJS.ProcessEnv;
  /** An exit with an error within this time counts as "could not start" (missing libraries…). */
  startupMs?: number;
}

/**
 * Runs the app in Electron until it quits. Errors while starting (a binary that cannot execute,
 * missing shared libraries, a refused sandbox) are held back, so the caller can fall back to the
 * browser with one line instead of a wall of Chromium output; later output passes through.
 */
export function runElectronApp(options: LaunchOptions): Promise<ElectronRun> {
  const startupMs = options.startupMs ?? 8_000;
  // Inherited from some tools (VS Code tasks); it would make Electron behave as plain Node.
  const env = { ...(options.env ?? process.env) };
  delete env.ELECTRON_RUN_AS_NODE;

  return new Promise((resolvePromise) => {
    const child = spawn(options.binary, [options.appDir], {
      env,
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let isStarting = true;
    let heldOutput = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      if (isStarting) heldOutput = (heldOutput + chunk.toString('utf8')).slice(-64 * 1024);
      else process.stderr.write(chunk);
    });
    const startupTimer = setTimeout(() => {
      isStarting = false;
      process.stderr.write(heldOutput);
      heldOutput = '';
    }, startupMs);

    // Ctrl+C reaches Electron through the terminal's process group; it quits and we follow.
    const ignoreInterrupt = (): void => {};
    const forwardTerminate = (): void => {
      child.kill('SIGTERM');
    };
    process.on('SIGINT', ignoreInterrupt);
    process.on('SIGTERM', forwardTerminate);

    let isSettled = false;
    const settle = (run: ElectronRun): void => {
      if (isSettled) return;
      isSettled = true;
      clearTimeout(startupTimer);
      process.off('SIGINT', ignoreInterrupt);
      process.off('SIGTERM', forwardTerminate);
      resolvePromise(run);
    };
    child.once('error', (error: NodeJS.ErrnoException) => {
      settle({
        started: false,
        reason: `spuštění selhalo: ${error.code ?? error.message}`,
        output: '',
      });
    });
    child.once('close', (code, signal) => {
      const exitCode = code ?? 1;
      if (isStarting && (exitCode !== 0 || signal !== null)) {
        const how = signal === null ? `kódem ${exitCode}` : `signálem ${signal}`;
        settle({ started: false, reason: `skončil hned po startu s ${how}`, output: heldOutput });
        return;
      }
      if (isStarting) process.stderr.write(heldOutput);
      settle({ started: true, code: exitCode });
    });
  });
}
