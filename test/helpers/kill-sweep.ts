import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** When to kill: once the child has printed line `afterLine` (0-based), after `delayMs`. */
export interface KillPlan {
  afterLine: number;
  delayMs: number;
}

export interface KillOutcome {
  /** Lines the child printed: each names a step it began before it died (or finished). */
  lines: string[];
  wasKilled: boolean;
  exitCode: number | null;
  stderr: string;
}

/**
 * Runs a Node script in a child process and `kill -9`s it at the planned moment. SIGKILL gives
 * the child no chance to clean up: what is on disk afterwards is what a power cut or a crash
 * would leave.
 */
export function runAndKill(script: string, args: string[], plan: KillPlan): Promise<KillOutcome> {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let stderr = '';
  let wasKilled = false;
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) {
      wasKilled = child.kill('SIGKILL');
    }
  };
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    if (lines.length - 1 === plan.afterLine) {
      if (plan.delayMs === 0) kill();
      else setTimeout(kill, plan.delayMs);
    }
  });
  return new Promise((resolve) => {
    child.on('close', (code) => resolve({ lines, wasKilled, exitCode: code, stderr }));
  });
}

/** How many trials a sweep runs: a bounded default, more with PRISTAV_CRASH_TRIALS=N. */
export function sweepTrials(defaultTrials: number): number {
  const asked = Number(process.env.PRISTAV_CRASH_TRIALS);
  return Number.isInteger(asked) && asked > 0 ? asked : defaultTrials;
}
