import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { createStore, prepared } from '../../../db/store.ts';

const root = join(import.meta.dirname, '..', '..', '..');

/*
 * prepared() (db/store.ts) caches one statement per SQL text for the whole connection, and
 * better-sqlite3's pluck(), raw() and expand() switch that statement's mode for every later
 * caller. After an import had read `SELECT counter FROM version_vector WHERE site = ?` plucked,
 * the next local write read its own counter as 0 and failed on ops' key (found by the
 * convergence test). prepared() now turns pluck off again for each caller; raw() and expand()
 * it leaves as they are, so a text read in one of those modes must be read so everywhere.
 */

const call =
  /prepared\(\s*[\w.]+,\s*(['"`])((?:(?!\1)[\s\S])*?)\1\s*,?\s*\)\s*(?:\.(pluck|raw|expand)\(\s*(false)?\s*\))?/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** SQL text (whitespace folded) → the modes it is read in, with where. */
function modesBySql(files: readonly string[]): Map<string, Map<string, string[]>> {
  const modes = new Map<string, Map<string, string[]>>();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(call)) {
      const sql = match[2]!.replace(/\s+/g, ' ').trim();
      const mode = match[3] && !match[4] ? match[3] : 'rows';
      const byMode = modes.get(sql) ?? new Map<string, string[]>();
      const line = source.slice(0, match.index).split('\n').length;
      byMode.set(mode, [...(byMode.get(mode) ?? []), `${relative(root, file)}:${line}`]);
      modes.set(sql, byMode);
    }
  }
  return modes;
}

describe('statements cached by their SQL text', () => {
  it('one caller’s pluck() does not turn the next caller’s rows into values', () => {
    const sqlite = new Sqlite(':memory:');
    try {
      const store = createStore(sqlite, ':memory:');
      sqlite.exec("CREATE TABLE t (site TEXT, counter INTEGER); INSERT INTO t VALUES ('a', 7)");
      const sql = 'SELECT counter FROM t WHERE site = ?';
      expect(prepared(store, sql).pluck().get('a')).toBe(7);
      expect(prepared(store, sql).get('a')).toEqual({ counter: 7 });
    } finally {
      sqlite.close();
    }
  });

  it('a text read raw or expanded is read so everywhere (prepared() resets pluck only)', () => {
    const modes = modesBySql(sourceFiles(join(root, 'db')));
    expect([...modes.values()].some((byMode) => byMode.has('pluck'))).toBe(true);
    const mixed = [...modes]
      .filter(([, byMode]) => byMode.size > 1 && (byMode.has('raw') || byMode.has('expand')))
      .map(([sql, byMode]) => `${sql}: ${JSON.stringify(Object.fromEntries(byMode))}`);
    expect(mixed).toEqual([]);
  });
});
