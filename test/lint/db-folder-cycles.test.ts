import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dbFolderEdges, folderCycles, type FolderEdge } from './db-folder-graph.ts';

/** Each cycle as one line: the loop, then the file that makes each step. */
function describeCycles(edges: FolderEdge[]): string[] {
  const fileOf = new Map(edges.map((edge) => [`${edge.from} → ${edge.to}`, edge.file]));
  return folderCycles(edges).map((loop) => {
    const steps = loop
      .slice(1)
      .map((to, i) => `${loop[i]} → ${to} (${fileOf.get(`${loop[i]} → ${to}`)})`);
    return `${loop.join(' → ')}: ${steps.join(', ')}`;
  });
}

describe('the folders of db/', () => {
  it('import each other without a cycle (import/no-cycle sees only cycles of files)', () => {
    expect(describeCycles(dbFolderEdges(join(import.meta.dirname, '../../db')))).toEqual([]);
  });
});

describe('the folder graph', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pristav-folder-graph-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (path: string, code: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), code);
  };

  it('finds a cycle made of type-only, dynamic and re-export imports, and names its files', () => {
    write('a/one.ts', "import type { B } from '../b/deep/two.ts';\nexport type A = B;\n");
    write(
      'b/deep/two.ts',
      "export type B = string;\nexport const c = () => import('../../c.ts');\n",
    );
    write('c.ts', "export { a } from './a/three.ts';\nimport 'node:fs';\n");
    write('a/three.ts', "import { x } from './one.ts';\nexport const a = x;\n");
    write('d/four.ts', "import { a } from '../a/three.ts';\nexport const d = a;\n");
    expect(describeCycles(dbFolderEdges(dir))).toEqual([
      'a → b → c.ts → a: a → b (a/one.ts), b → c.ts (b/deep/two.ts), c.ts → a (c.ts)',
    ]);
  });

  it('finds none where the imports only point one way', () => {
    expect(
      folderCycles([
        { from: 'api.ts', to: 'clients', file: 'api.ts' },
        { from: 'clients', to: 'changes', file: 'clients/x.ts' },
        { from: 'api.ts', to: 'changes', file: 'api.ts' },
      ]),
    ).toEqual([]);
  });
});
