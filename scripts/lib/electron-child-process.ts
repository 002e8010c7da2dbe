import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';

export interface ChildOutcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** True when the time limit ended the process (and everything it started). */
  timedOut: boolean;
  /** Captured stdout+stderr (the last 64 kB), or '' when the output went to the terminal. */
  output: string;
  /** Set when the program could not be started at all (ENOENT, EACCES…). */
  spawnError?: Error;
}

export interface RunOptions {
  timeoutMs: number;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Capture the output instead of showing it (it is returned in ChildOutcome.output). */
  capture?: boolean;
}

const keptOutput = 64 * 1024;

/**
 * Ends a process and its descendants. On POSIX the child leads its own process group (spawned
 * detached), so one signal to the group reaches the tools it started (app-builder, mksquashfs…).
 */
export function killTree(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  if (process.platform === 'win32') {
    spawnSync('taskkill', ['/pid', String(child.pid), '/T', '/F'], { stdio: 'ignore' });
    return;
  }
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

/**
 * Runs a program with a hard time limit; it never hangs the caller. Ctrl+C (SIGINT/SIGTERM)
 * reaches the whole tree too, since a detached group no longer gets the terminal's signals.
 */
export function runWithTimeout(
  command: string,
  args: readonly string[],
  options: RunOptions,
): Promise<ChildOutcome> {
  const spawnOptions: SpawnOptions = {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: options.capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    detached: process.platform !== 'win32',
    windowsHide: true,
  };
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, spawnOptions);
    let output = '';
    let timedOut = false;
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-keptOutput);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);

    const timer = setTimeout(() => {
      timedOut = true;
      killTree(child);
    }, options.timeoutMs);
    const onSignal = (signal: NodeJS.Signals): void => {
      killTree(child);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    };
    const onExit = (): void => killTree(child);
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    process.once('exit', onExit);

    let isSettled = false;
    const finish = (outcome: Omit<ChildOutcome, 'timedOut' | 'output'>): void => {
      if (isSettled) return;
      isSettled = true;
      clearTimeout(timer);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      process.off('exit', onExit);
      resolvePromise({ ...outcome, timedOut, output });
    };
    child.once('error', (error) => finish({ code: null, signal: null, spawnError: error }));
    child.once('close', (code, signal) => finish({ code, signal }));
  });
}
