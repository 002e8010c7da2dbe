import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { SitesTable } from '../../../../renderer/features/sync/SitesTable.tsx';
import { useUiStore } from '../../../../renderer/state/ui-store.ts';
import { renderStatic, visibleText } from '../render-static.ts';
import { branchStatus, hqStatus } from './sync-fixtures.ts';

describe('the sites table', () => {
  useUiStore.setState({ language: 'cs' });

  it('shows each site with its state, and lets HQ revoke a branch that has access', () => {
    const html = renderStatic(
      createElement(SitesTable, { status: hqStatus(), onChanged: () => {} }),
    );
    const text = visibleText(html);
    expect(text).toMatch(/Centrum Liberec\s*toto pracoviště/);
    expect(text).toMatch(
      /Jablonec\nJablonec nad Nisou\nPobočka\nzatím ne\nzatím ne\n12\nBez souboru přes 14 dní/,
    );
    expect(text).toMatch(/Turnov\nTurnov\nPobočka[\s\S]*Přístup zrušen/);
    expect(html).toContain('aria-label="Zrušit přístup – Jablonec"');
    expect(html).toContain('aria-label="Zrušit přístup – Česká Lípa"');
    // Not for itself, not for a branch already revoked.
    expect(html).not.toContain('Zrušit přístup – Turnov');
    expect(html).not.toContain('Zrušit přístup – Centrum Liberec');
  });

  it('offers a branch no revoking', () => {
    const html = renderStatic(
      createElement(SitesTable, { status: branchStatus(), onChanged: () => {} }),
    );
    expect(html).not.toContain('Zrušit přístup');
  });
});
