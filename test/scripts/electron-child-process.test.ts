import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runWithTimeout } from '../../scripts/lib/electron-child-process.ts';

/** A killed process may linger as a zombie until init reaps it; that one is not running. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2] !== 'Z';
  } catch {
    return true;
  }
}

describe('runWithTimeout', () => {
  it('returns the exit code and the captured output', async () => {
    const outcome = await runWithTimeout(
      process.execPath,
      ['-e', 'console.log("ven"); console.error("chyba"); process.exit(3)'],
      { timeoutMs: 10_000, capture: true },
    );
    expect(outcome).toMatchObject({ code: 3, timedOut: false });
    expect(outcome.output).toContain('ven');
    expect(outcome.output).toContain('chyba');
  });

  it.skipIf(process.platform === 'win32')(
    'ends a hanging program and what it started once the time is up',
    async () => {
      // The child starts a grandchild that would outlive it, prints its pid, then hangs.
      const script = `
        const { spawn } = require('node:child_process');
        const grandchild = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
        console.log('grandchild=' + grandchild.pid);
        setInterval(() => {}, 1000);`;
      const started = Date.now();
      const outcome = await runWithTimeout(process.execPath, ['-e', script], {
        timeoutMs: 700,
        capture: true,
      });
      expect(outcome.timedOut).toBe(true);
      expect(Date.now() - started).toBeLessThan(5_000);
      const grandchild = Number(/grandchild=(\d+)/.exec(outcome.output)?.[1]);
      expect(grandchild).toBeGreaterThan(0);
      await new Promise((done) => setTimeout(done, 200));
      const isLeftBehind = isRunning(grandchild);
      if (isLeftBehind) process.kill(grandchild, 'SIGKILL');
      expect(isLeftBehind).toBe(false);
    },
  );

  it('reports a program that cannot start instead of throwing', async () => {
    const outcome = await runWithTimeout('/nonexistent/pristav-tool', [], {
      timeoutMs: 5_000,
      capture: true,
    });
    expect(outcome.spawnError).toBeInstanceOf(Error);
    expect(outcome.timedOut).toBe(false);
  });
});
