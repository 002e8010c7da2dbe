import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { methodNames } from '../../db/contract/method-names.ts';
import { buildElectron } from '../../scripts/build-electron.ts';

const outdir = mkdtempSync(join(tmpdir(), 'pristav-build-electron-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('build-electron', () => {
  it('bundles main and a self-contained preload as CommonJS', async () => {
    const built = await buildElectron({ outdir });
    expect(built).toEqual({ main: join(outdir, 'main.cjs'), preload: join(outdir, 'preload.cjs') });
    expect(existsSync(built.main)).toBe(true);

    const preload = readFileSync(built.preload, 'utf8');
    for (const method of methodNames) expect(preload).toContain(`"${method}"`);
    expect(preload).toContain('require("electron")');
    // A sandboxed preload can require nothing but electron; zod would mean the contract index.
    expect(preload).not.toMatch(/zod/i);
    expect(preload.match(/require\("([^"]+)"\)/g)).toEqual(['require("electron")']);

    const main = readFileSync(built.main, 'utf8');
    // The native driver stays in node_modules (asarUnpack), never inlined.
    expect(main).toContain('require("better-sqlite3-multiple-ciphers")');
    expect(main).not.toMatch(/\bimport\.meta\b/);
    expect(main).not.toMatch(/^\s*(import|export)\s/m);
    // The consent texts travel beside the bundle, where db/ looks for them.
    expect(existsSync(join(outdir, 'consent-texts', 'cs.json'))).toBe(true);
  });
});
