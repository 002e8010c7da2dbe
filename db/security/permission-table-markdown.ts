import { methodNames } from '../contract/method-names.ts';
import { roles } from '../contract/users.ts';
import { permissions, publicMethods } from './permissions.ts';

/**
 * The permission table as the README shows it (a test keeps the two equal; print it with
 * `npm run -s cli:permissions`). Public methods answer without signing in.
 */
export function permissionTableMarkdown(): string {
  const header = `| method | ${roles.join(' | ')} |`;
  const rule = `| --- | ${roles.map(() => ':-:').join(' | ')} |`;
  const rows = methodNames.map((method) => {
    const cells = roles.map((role) => (permissions[method].includes(role) ? '✓' : ''));
    const name = publicMethods.has(method) ? `\`${method}\` (bez přihlášení)` : `\`${method}\``;
    return `| ${name} | ${cells.join(' | ')} |`;
  });
  return [header, rule, ...rows].join('\n');
}
