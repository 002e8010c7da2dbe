import { runCli } from '../../scripts/cli/run-cli.ts';

/** Runs the CLI in-process, as `pristav ARGS` would, and collects what it prints. */
export function cli(...argv: string[]) {
  return cliWith({}, ...argv);
}

/** The same, with environment variables (PRISTAV_USER, PRISTAV_PASSWORD, …). */
export async function cliWith(env: Record<string, string>, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    env,
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}
