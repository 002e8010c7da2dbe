import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cliWith } from '../../../helpers/run-cli.ts';

/** The client whose name no file on disk may hold. */
export const name = 'Quetzalcoatlová';
export const admin = { PRISTAV_USER: 'Petra Sovová', PRISTAV_PASSWORD: 'spravce-2026' };

/** Runs the CLI in-process and parses its JSON; a failure throws with the command's line. */
export async function ok<T = unknown>(env: Record<string, string>, ...argv: string[]): Promise<T> {
  const result = await cliWith(env, ...argv);
  if (result.code !== 0) throw new Error(`${argv.join(' ')}: ${result.code} ${result.stderr}`);
  return (result.stdout === '' ? null : JSON.parse(result.stdout)) as T;
}

export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((entry) => join(dir, entry))
    .filter((path) => statSync(path).isFile());
}
