import { preview } from './fuzz-checks.ts';
import type { CallOutcome } from './fuzz-client.ts';
import type { Command } from './fuzz-commands.ts';

/** Counts of a fuzz run, and the failures worth a report (one per method and kind of problem). */

interface MethodStats {
  calls: number;
  ok: number;
  refused: number;
  codes: Map<string, number>;
  maxMs: number;
}

export interface Failure {
  method: string;
  problem: string;
  /** The whole input of the first call that failed so (see failuresJson). */
  input: unknown;
  answer: string;
  /** How many calls failed the same way. */
  times: number;
}

export class FuzzStats {
  readonly methods = new Map<string, MethodStats>();
  readonly failures = new Map<string, Failure>();
  calls = 0;
  hangs = 0;
  internal = 0;
  changedByRefusal = 0;
  storedOdd = 0;
  maxMs = 0;
  readonly kinds = new Map<string, number>();

  record(command: Command, outcome: CallOutcome, boundMs: number) {
    this.calls++;
    this.kinds.set(command.kind, (this.kinds.get(command.kind) ?? 0) + 1);
    const stats = this.methods.get(command.method) ?? {
      calls: 0,
      ok: 0,
      refused: 0,
      codes: new Map(),
      maxMs: 0,
    };
    this.methods.set(command.method, stats);
    stats.calls++;
    if (outcome.kind !== 'answered') {
      if (outcome.kind === 'hang') this.hangs++;
      this.fail(command, outcome.kind, outcome.input, outcome.detail);
      return;
    }
    const { report } = outcome;
    stats.maxMs = Math.max(stats.maxMs, report.ms);
    this.maxMs = Math.max(this.maxMs, report.ms);
    if (report.ok) stats.ok++;
    else stats.refused++;
    const code = report.ok ? (report.importState ?? 'ok') : (report.code ?? '?');
    stats.codes.set(code, (stats.codes.get(code) ?? 0) + 1);
    const problems = [...report.problems];
    if (report.ms > boundMs) {
      this.hangs++;
      problems.push(`slow: ${Math.round(report.ms)} ms`);
    }
    if (problems.some((p) => p.includes('INTERNAL'))) this.internal++;
    if (problems.includes('data changed by a refusal')) this.changedByRefusal++;
    if (problems.some((p) => p.startsWith('stored '))) this.storedOdd++;
    const answer = report.ok
      ? `ok ${report.importState ?? ''}`
      : `${report.code} ${report.message}`;
    for (const problem of problems) this.fail(command, problem, outcome.input, answer);
  }

  private fail(command: Command, problem: string, input: unknown, answer: string) {
    // "slow: 5012 ms" and "slow: 7000 ms" are one kind of failure.
    const key = `${command.method}|${problem.replace(/\d+/g, 'N')}`;
    const known = this.failures.get(key);
    if (known) known.times++;
    else this.failures.set(key, { method: command.method, problem, input, answer, times: 1 });
  }

  summary(title: string, seconds: number): string {
    const lines = [
      `${title}: ${this.calls} calls in ${seconds.toFixed(1)} s, hangs ${this.hangs}, ` +
        `INTERNAL ${this.internal}, refusals that changed data ${this.changedByRefusal}, ` +
        `calls that stored odd values ${this.storedOdd}, slowest ${Math.round(this.maxMs)} ms`,
      `  inputs: ${[...this.kinds].map(([kind, n]) => `${kind} ${n}`).join(', ')}`,
    ];
    for (const [method, stats] of [...this.methods].sort(([a], [b]) => a.localeCompare(b))) {
      const codes = [...stats.codes]
        .sort((a, b) => b[1] - a[1])
        .map(([code, n]) => `${code} ${n}`)
        .join(', ');
      lines.push(
        `  ${method.padEnd(22)} ${String(stats.calls).padStart(4)} calls, ` +
          `ok ${String(stats.ok).padStart(3)}, refused ${String(stats.refused).padStart(3)}, ` +
          `max ${String(Math.round(stats.maxMs)).padStart(5)} ms  (${codes})`,
      );
    }
    return lines.join('\n');
  }

  /**
   * The failures with their whole inputs, as JSON; what JSON cannot carry is spelled out
   * ("<NaN>", "<undefined>", "<-0>"), so the file shows exactly what was sent.
   */
  failuresJson(): string {
    const spelled = (_key: string, value: unknown) =>
      value === undefined || (typeof value === 'number' && !Number.isFinite(value))
        ? `<${String(value)}>`
        : Object.is(value, -0)
          ? '<-0>'
          : value;
    return JSON.stringify([...this.failures.values()], spelled, 2);
  }

  failureReport(): string {
    return [...this.failures.values()]
      .map(
        (f) =>
          `${f.method}: ${f.problem} (×${f.times})\n    input: ${JSON.stringify(preview(f.input))}\n` +
          `    answer: ${f.answer}`,
      )
      .join('\n');
  }
}
