import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { permissionTableMarkdown } from '../../db/security/permission-table-markdown.ts';

/** Table rows as cells, whatever padding and rule length Prettier gave them. */
function tableRows(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .split('|')
        .map((cell) => cell.trim().replace(/^:?-+:?$/, '-'))
        .join('|'),
    );
}

describe('the README', () => {
  it('shows the permission table the API checks', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    const expected = tableRows(permissionTableMarkdown());
    const shown = tableRows(readme);
    const start = shown.indexOf(expected[0]!);
    expect(start, 'the table header in the README').toBeGreaterThanOrEqual(0);
    expect(shown.slice(start, start + expected.length)).toEqual(expected);
  });
});
