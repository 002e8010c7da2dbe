import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildElectron } from '../../scripts/build-electron.ts';

const outdir = mkdtempSync(join(tmpdir(), 'pristav-bundle-heavy-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

/**
 * The window starts through the same db/api.ts as the CLI, bundled: exceljs and pdfkit must be
 * required there only when a document is made, and with require() rather than an ESM import()
 * of a package from inside app.asar.
 */
describe('the desktop bundle and the heavy libraries', () => {
  it('requires exceljs and pdfkit on first use, not when main.cjs loads', async () => {
    const { main } = await buildElectron({ outdir });
    const code = readFileSync(main, 'utf8');
    for (const library of ['exceljs', 'pdfkit']) {
      expect(code).toContain(`require("${library}")`);
      expect(code).not.toContain(`import("${library}")`);
      // A static import bundles to a top-level `var import_x = __toESM(require("x"))`.
      expect(code).not.toMatch(new RegExp(`^var \\w+ = .*require\\("${library}"\\)`, 'm'));
    }
  });
});
