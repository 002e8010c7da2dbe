import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { ReviewItemCard } from '../../../../renderer/features/review/ReviewItemCard.tsx';
import { useUiStore } from '../../../../renderer/state/ui-store.ts';
import { renderStatic, visibleText } from '../render-static.ts';
import { clientId, deleteConflict, phoneConflict } from './review-fixtures.ts';

function render(item: ReturnType<typeof phoneConflict>): string {
  return renderStatic(createElement(ReviewItemCard, { item, onResolved: () => {} }));
}

describe('one item of the review queue', () => {
  useUiStore.setState({ language: 'cs' });

  it('shows the client as a link, the field, and each value with site, author and time', () => {
    const html = render(phoneConflict());
    const text = visibleText(html);
    expect(html).toContain(`href="/clients/${clientId}"`);
    expect(text).toContain('Telefon – Nguyen Van An');
    expect(text).toContain('Která hodnota platí?');
    expect(text).toContain('+420 777 111 222');
    expect(text).toMatch(/Centrum Liberec · Petra Sovová · 3\. 12\. 2026 \d{1,2}:\d{2}/);
    expect(text).toMatch(/\+420 602 333 444\s*Zobrazuje se/);
    expect(text).not.toMatch(/\+420 777 111 222\s*Zobrazuje se/);
    expect(text).toContain('Jiná hodnota');
    // Several items share the page: each Save names its own item.
    expect(html).toContain('aria-label="Uložit volbu – Telefon, Nguyen Van An"');
    expect(html).toContain('aria-label="Jiná hodnota – Telefon"');
  });

  it('offers keep deleted or restore when a delete met an edit', () => {
    const text = visibleText(render(deleteConflict()));
    expect(text).toContain('Smazáno na jednom pracovišti, upraveno na jiném');
    expect(text).toContain('Co se má se záznamem stát?');
    expect(text).toMatch(/Ponechat smazané\s*Zobrazuje se/);
    expect(text).toMatch(/smazáno\s*Centrum Liberec · Petra Sovová/);
    expect(text).toMatch(/upraveno\s*Jablonec · Jana Nová/);
    expect(text).toContain('Obnovit');
    expect(text).not.toContain('Jiná hodnota');
  });

  it('names the record when it belongs to no client', () => {
    const html = render(phoneConflict({ clientId: null, clientName: null, label: 'Název kurzu' }));
    expect(visibleText(html)).toContain('Název kurzu – Záznam bez klienta');
    expect(html).not.toContain('href="/clients/');
  });
});
