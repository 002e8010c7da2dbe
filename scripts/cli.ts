import { enableCompileCache } from 'node:module';

// Every start would otherwise strip the types of the CLI's ~350 TypeScript modules and compile
// them with their libraries again (0.4 s of a 0.7 s `pristav info`); the cache keeps that work
// between starts, keyed by each file's content. It only covers modules imported after it is
// enabled, hence the dynamic imports below.
enableCompileCache();
const { readPassword } = await import('./cli/read-password.ts');
const { runCli } = await import('./cli/run-cli.ts');

/** `npm run -s cli -- ARGS`: see INTERFACES.md and the README. */
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  ...(process.stdout.isTTY ? {} : { stdoutBytes: (bytes) => process.stdout.write(bytes) }),
  env: process.env,
  ...(process.stdin.isTTY ? { readPassword } : {}),
});
