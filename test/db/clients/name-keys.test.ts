import { describe, expect, it } from 'vitest';
import {
  duplicateKey,
  foldText,
  phoneKey,
  phoneticText,
  searchExtra,
} from '../../../db/clients/name-keys.ts';

describe('folding names', () => {
  it('folds diacritics and letters of their own, and transliterates Cyrillic', () => {
    expect(foldText('Nguyễn Văn An')).toBe('nguyen van an');
    expect(foldText('Đặng Đức Minh')).toBe('dang duc minh');
    expect(foldText('Łukasz Søren Petráček')).toBe('lukasz soren petracek');
    expect(foldText('Шевченко Тарас')).toBe('shevchenko taras');
    expect(foldText('  Bat-Erdene  ')).toBe('bat erdene');
  });

  it('gives transliteration variants one phonetic key', () => {
    const key = phoneticText('Ševčenko');
    expect(phoneticText('Shevchenko')).toBe(key);
    expect(phoneticText('Sevcenko')).toBe(key);
    expect(phoneticText('Шевченко')).toBe(key);
    expect(phoneticText('Tkačenko')).toBe(phoneticText('Tkachenko'));
    expect(phoneticText('Jurij')).toBe(phoneticText('Yuriy'));
    expect(phoneticText('Ivanov')).not.toBe(phoneticText('Ivanova'));
  });

  it('keys names the same in any order', () => {
    expect(duplicateKey('Nguyễn Văn An')).toBe(duplicateKey('An Van Nguyen'));
    expect(duplicateKey('Nguyễn Văn An')).not.toBe(duplicateKey('Nguyễn Văn Anh'));
  });

  it('reduces a phone number to its national digits', () => {
    expect(phoneKey('+420 777 123 456')).toBe('777123456');
    expect(phoneKey('00420777123456')).toBe('777123456');
    expect(phoneKey('777 123 456')).toBe('777123456');
    expect(phoneKey('123')).toBe('');
    expect(searchExtra('1990-05-12', '+420 777 123 456').split(' ')).toEqual(
      expect.arrayContaining(['1990', '19900512', '777123456', '777']),
    );
  });
});
