import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * The import graph of db/ between its units: a folder directly under db/ (`clients`, `changes`…)
 * or a file directly in db/ (`api.ts`). Read from the source text, so it sees type-only and
 * dynamic imports too — import/no-cycle sees only cycles between files, not between folders.
 */
export interface FolderEdge {
  from: string;
  to: string;
  /** One file that makes the edge, for the message. */
  file: string;
}

const importSpecifier =
  /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|[\s;])import\s+['"]([^'"]+)['"]/gm;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The unit of a path inside db/: its first segment (`clients`, `api.ts`), or null outside db/. */
export function dbUnit(dbRoot: string, path: string): string | null {
  const rel = relative(dbRoot, path);
  if (rel.startsWith('..') || rel === '') return null;
  return rel.split(sep)[0]!.replace(/\.tsx?$/, '.ts');
}

/** Relative specifiers in `code`, in order (packages and `node:` modules left out). */
export function relativeImports(code: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(importSpecifier)) {
    const spec = match[1] ?? match[2] ?? match[3]!;
    if (spec.startsWith('.')) found.push(spec);
  }
  return found;
}

/** Every edge between two different units of db/, one per (from, to) pair. */
export function dbFolderEdges(dbRoot: string): FolderEdge[] {
  const edges = new Map<string, FolderEdge>();
  for (const file of sourceFiles(dbRoot)) {
    const from = dbUnit(dbRoot, file)!;
    for (const spec of relativeImports(readFileSync(file, 'utf8'))) {
      const to = dbUnit(dbRoot, resolve(dirname(file), spec));
      if (to === null || to === from) continue;
      const key = `${from} → ${to}`;
      if (!edges.has(key)) edges.set(key, { from, to, file: relative(dbRoot, file) });
    }
  }
  return [...edges.values()].sort((a, b) => (a.from + a.to).localeCompare(b.from + b.to));
}

/**
 * The cycles of the graph, one per strongly connected component of more than one unit, each
 * listed as its units in order around one loop (`a → b → a`).
 */
export function folderCycles(edges: FolderEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const nodes = [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort();

  // Tarjan's strongly connected components.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const to of next.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const node of nodes) if (!index.has(node)) visit(node);
  return components.map((component) => loopThrough(component, next));
}

/** One loop from the component's first unit back to it, by breadth-first search inside it. */
function loopThrough(component: string[], next: Map<string, string[]>): string[] {
  const inside = new Set(component);
  const start = component[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const to of next.get(node) ?? []) {
      if (!inside.has(to)) continue;
      if (to === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
        return [...path, start];
      }
      if (!cameFrom.has(to)) {
        cameFrom.set(to, node);
        queue.push(to);
      }
    }
  }
  return component;
}
