import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { ClientPicker } from '../../../../renderer/components/client-picker/ClientPicker.tsx';
import { renderStatic, visibleText } from '../../features/render-static.ts';

const picker = (text: string) =>
  createElement(ClientPicker, {
    text,
    onTextChange: () => undefined,
    onPick: () => undefined,
    box: { label: 'Zapsat klienta', description: 'Šipky vyberou, Enter zapíše.' },
    texts: { none: 'Nikdo takový', failed: 'Nezdařilo se', resultsLabel: 'Nalezení klienti' },
    renderHit: (client) => client.displayName,
    listClassName: 'client-hit-list',
    hitClassName: 'client-hit',
  });

describe('the client picker as it first appears', () => {
  it('is a labelled combobox over a list it controls, closed until there are hits', () => {
    const html = renderStatic(picker('nguyen'));
    const box = /<input[^>]*>/.exec(html)?.[0] ?? '';
    expect(box).toContain('role="combobox"');
    expect(box).toContain('aria-autocomplete="list"');
    expect(box).toContain('aria-expanded="false"');
    expect(box).toMatch(/aria-controls="[^"]+-hits"/);
    expect(box).not.toContain('aria-activedescendant');
    expect(box).toContain('value="nguyen"');
    expect(visibleText(html)).toContain('Zapsat klienta');
  });

  it('shows no list and no "nobody found" before the search has answered', () => {
    const html = renderStatic(picker('nguyen'));
    expect(html).not.toContain('role="listbox"');
    expect(visibleText(html)).not.toContain('Nikdo takový');
  });
});
