import { readPassword } from './cli/read-password.ts';
import { runCli } from './cli/run-cli.ts';

/** `npm run -s cli -- ARGS`: see INTERFACES.md and the README. */
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  ...(process.stdout.isTTY ? {} : { stdoutBytes: (bytes) => process.stdout.write(bytes) }),
  env: process.env,
  ...(process.stdin.isTTY ? { readPassword } : {}),
});
