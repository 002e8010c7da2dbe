import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { FirstRunScreen } from '../../../../renderer/features/first-run/FirstRunScreen.tsx';
import { JoinBranchForm } from '../../../../renderer/features/first-run/JoinBranchForm.tsx';
import { navItems } from '../../../../renderer/features/shell/nav-items.ts';
import { useUiStore } from '../../../../renderer/state/ui-store.ts';
import { renderStatic, visibleText } from '../render-static.ts';

describe('the first-run screen', () => {
  useUiStore.setState({ language: 'cs' });

  it('offers a new site and joining a branch, and keeps the demo-data offer', () => {
    const html = renderStatic(createElement(FirstRunScreen, { onCreated: () => {} }));
    const text = visibleText(html);
    expect(html).toMatch(/role="tab"[^>]*aria-selected="true"[^>]*>[\s\S]*?Nové pracoviště/);
    expect(html).toMatch(
      /role="tab"[^>]*aria-selected="false"[^>]*>[\s\S]*?Připojit pobočku k organizaci/,
    );
    expect(text).toContain('Založit pracoviště');
    expect(text).toContain('Jen si to chcete vyzkoušet?');
    // Set up with the administrator's password, the new database is encrypted (db/open-app.ts).
    expect(text).toContain('Záznamy se na tomto počítači uloží zašifrovaně');
  });

  it('asks a joining branch for the file, the passphrase and its administrator', () => {
    const text = visibleText(renderStatic(createElement(JoinBranchForm, { onJoined: () => {} })));
    for (const label of ['Soubor pobočky', 'Jednorázové heslo', 'Vaše jméno', 'Připojit pobočku']) {
      expect(text).toContain(label);
    }
    const html = renderStatic(createElement(JoinBranchForm, { onJoined: () => {} }));
    expect(html).toContain('accept=".pristav-enrol"');
  });
});

describe('the menu', () => {
  it('has "K posouzení" right after Synchronizace', () => {
    const keys = navItems.map((item) => item.key);
    expect(keys.slice(keys.indexOf('sync'), keys.indexOf('sync') + 2)).toEqual(['sync', 'review']);
    expect(navItems.find((item) => item.key === 'review')?.path).toBe('/review');
  });
});
