import { describe, expect, it } from 'vitest';
import { czechSortKey } from '../../../db/text/czech-sort-key.ts';

const byKey = (names: string[]) =>
  [...names].sort((a, b) => (czechSortKey(a) < czechSortKey(b) ? -1 : 1));

describe('Czech alphabetical order', () => {
  it('puts ch after h, and č, ř, š, ž after their base letters', () => {
    expect(byKey(['Chalupa', 'Hora', 'Irena', 'Cibulka', 'Čapek', 'Dvořák'])).toEqual([
      'Cibulka',
      'Čapek',
      'Dvořák',
      'Hora',
      'Chalupa',
      'Irena',
    ]);
    expect(byKey(['Šimek', 'Sýkora', 'Tůma', 'Řezáč', 'Rybář', 'Žák', 'Zeman'])).toEqual([
      'Rybář',
      'Řezáč',
      'Sýkora',
      'Šimek',
      'Tůma',
      'Zeman',
      'Žák',
    ]);
  });

  it('treats acute accents as ties broken after the base letters', () => {
    expect(byKey(['Černá', 'Cerna', 'Čermák', 'Čéska'])).toEqual([
      'Cerna',
      'Čermák',
      'Černá',
      'Čéska',
    ]);
    expect(byKey(['Novák Petr', 'Nováková Eva', 'Novak Adam'])).toEqual([
      'Novak Adam',
      'Novák Petr',
      'Nováková Eva',
    ]);
  });

  it('agrees with the Czech collator on the letters Czech has', () => {
    const names = [
      'Ďurica',
      'Dusil',
      'Ťoupal',
      'Tomek',
      'Ňachal',
      'Nový',
      'Úlehla',
      'Uher',
      'Ševčík',
      'Schwarz',
      'Chvátal',
      'Hrubý',
      'Ivan',
    ];
    const collator = new Intl.Collator('cs');
    expect(byKey(names)).toEqual([...names].sort(collator.compare));
  });

  it('orders foreign names by their transliteration', () => {
    expect(byKey(['Nguyễn Văn An', 'Ngô Thị Lan', 'Đặng Minh'])).toEqual([
      'Đặng Minh',
      'Ngô Thị Lan',
      'Nguyễn Văn An',
    ]);
  });
});
