import type { MethodName } from '../../../db/contract/index.ts';
import { navItems } from '../shell/nav-items.ts';

/** Pages outside the menu, and pages inside an area that need more than the area itself. */
const pageMethods: readonly { path: string; method: MethodName }[] = [
  { path: '/clients/new', method: 'clients.create' },
  { path: '/clients/duplicates', method: 'clients.duplicates' },
  { path: '/courses/new', method: 'courses.create' },
  { path: '/reports/detail', method: 'reports.drilldown' },
  { path: '/import', method: 'import.start' },
  { path: '/settings/retention', method: 'clients.inactive' },
  { path: '/settings/audit', method: 'audit.list' },
];

function isUnder(pathname: string, path: string): boolean {
  return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
}

/** The method a page cannot do without (the most specific path that covers it), if any. */
export function requiredMethod(pathname: string): MethodName | null {
  const candidates = [...pageMethods, ...navItems].filter((page) => isUnder(pathname, page.path));
  const best = candidates.sort((a, b) => b.path.length - a.path.length)[0];
  return best?.method ?? null;
}
