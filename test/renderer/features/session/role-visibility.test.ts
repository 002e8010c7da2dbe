import { describe, expect, it } from 'vitest';
import { isAllowed, roles, type Role } from '../../../../db/contract/index.ts';
import { requiredMethod } from '../../../../renderer/features/session/route-permissions.ts';
import { navItems } from '../../../../renderer/features/shell/nav-items.ts';

const menuOf = (role: Role) =>
  navItems.filter((item) => isAllowed(role, item.method)).map((item) => item.key);

describe('what each role sees in the menu (from the API permission table)', () => {
  it('gives a lecturer only Kurzy, and an administrator everything', () => {
    expect(menuOf('lecturer')).toEqual(['courses']);
    expect(menuOf('admin')).toEqual(navItems.map((item) => item.key));
  });

  it('keeps reports, sync and settings from the desk', () => {
    expect(menuOf('receptionist')).toEqual([
      'home',
      'reception',
      'clients',
      'services',
      'courses',
      'library',
      // Read only: whoever records an act may refer the client to a partner (issue 13).
      'partners',
      'events',
    ]);
    expect(menuOf('social_worker')).toContain('review');
    expect(menuOf('social_worker')).not.toContain('reports');
  });

  it('leads a coordinator to Nastavení (the import and the retention list), not the desk', () => {
    expect(menuOf('coordinator')).toContain('settings');
    expect(menuOf('social_worker')).not.toContain('settings');
    expect(menuOf('lecturer')).not.toContain('settings');
  });

  it('gives every role at least one area to land on', () => {
    for (const role of roles) expect(menuOf(role).length).toBeGreaterThan(0);
  });
});

describe('the method a page needs', () => {
  it('takes the most specific path', () => {
    expect(requiredMethod('/')).toBe('acts.day');
    expect(requiredMethod('/clients')).toBe('clients.list');
    expect(requiredMethod('/clients/new')).toBe('clients.create');
    expect(requiredMethod('/clients/duplicates')).toBe('clients.duplicates');
    expect(requiredMethod('/courses/0190-abc')).toBe('courses.list');
    expect(requiredMethod('/courses/new')).toBe('courses.create');
    expect(requiredMethod('/import')).toBe('import.start');
    // Nastavení opens for whoever may use one of its parts; each part asks for its own.
    expect(requiredMethod('/settings')).toBe('clients.inactive');
    expect(requiredMethod('/settings/retention')).toBe('clients.inactive');
    expect(requiredMethod('/settings/audit')).toBe('audit.list');
  });
});
