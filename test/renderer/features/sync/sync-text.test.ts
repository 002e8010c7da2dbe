import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import {
  missingRangeText,
  recipientsOf,
  runProgressText,
} from '../../../../renderer/features/sync/sync-text.ts';
import { setupI18n } from '../../../../renderer/i18n/setup.ts';
import { branchStatus, hqStatus, ids } from './sync-fixtures.ts';

let t: TFunction;
beforeAll(() => {
  t = setupI18n('cs').t;
});

describe('the sync screen in words', () => {
  it('says which operations have not arrived, from which site', () => {
    const range = { site: ids.jablonec, siteName: 'Jablonec nad Nisou', from: 51, to: 100 };
    expect(missingRangeText(range, t)).toBe(
      'Operace 51–100 z pracoviště Jablonec nad Nisou ještě nedorazily.',
    );
    expect(missingRangeText({ ...range, to: 51 }, t)).toBe(
      'Operace 51 z pracoviště Jablonec nad Nisou ještě nedorazila.',
    );
  });

  it('offers HQ each branch with access, and all of them at once', () => {
    const recipients = recipientsOf(hqStatus(), t);
    expect(recipients.map((entry) => entry.value)).toEqual([ids.jablonec, ids.lipa, 'all']);
    expect(recipients.map((entry) => entry.action)).toEqual([
      'Připravit soubor pro Jablonec',
      'Připravit soubor pro Česká Lípa',
      'Připravit soubory pro všechny pobočky',
    ]);
    expect(recipients[0]!.label).toBe('Jablonec (Jablonec nad Nisou)');
  });

  it('offers a single branch without the "all" choice', () => {
    const status = hqStatus();
    status.sites = status.sites.filter((entry) => entry.id !== ids.lipa);
    expect(recipientsOf(status, t).map((entry) => entry.value)).toEqual([ids.jablonec]);
  });

  it('offers a branch headquarters only', () => {
    expect(recipientsOf(branchStatus(), t)).toEqual([
      {
        value: 'hq',
        label: 'Ústředí – Centrum Liberec',
        action: 'Připravit soubor pro Centrum Liberec',
      },
    ]);
  });

  it('tells the run step and how far it got', () => {
    expect(runProgressText({ step: 'import', done: 2, total: 5 }, t)).toBe(
      'Načítám soubory: 2 z 5',
    );
    expect(runProgressText({ step: 'scan', done: 0, total: 0 }, t)).toBe('Prohledávám složku…');
  });
});
