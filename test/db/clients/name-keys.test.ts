import { describe, expect, it } from 'vitest';
import {
  duplicateKey,
  foldText,
  phoneKey,
  phoneticText,
  searchExtra,
  searchNames,
  searchPhonetic,
} from '../../../db/text/name-keys.ts';

describe('folding names', () => {
  it('folds diacritics and letters of their own, and transliterates Cyrillic', () => {
    expect(foldText('Nguyễn Văn An')).toBe('nguyen van an');
    expect(foldText('Đặng Đức Minh')).toBe('dang duc minh');
    expect(foldText('Łukasz Søren Petráček')).toBe('lukasz soren petracek');
    expect(foldText('Шевченко Тарас')).toBe('shevchenko taras');
    expect(foldText('  Bat-Erdene  ')).toBe('bat erdene');
    // A soft sign is no word break (anyAscii alone gives Natal'ya).
    expect(foldText('Наталья')).toBe('natalya');
  });

  it('indexes Cyrillic in its Czech and English romanisations, Russian, Ukrainian and Mongolian', () => {
    const words = (text: string) => searchNames(text).split(' ');
    expect(words('Наталья')).toEqual(expect.arrayContaining(['natalja', 'natalya', 'natalia']));
    expect(words('Елена')).toEqual(expect.arrayContaining(['jelena', 'yelena', 'elena']));
    expect(words('Сергей')).toEqual(expect.arrayContaining(['sergej', 'sergey', 'sergei']));
    expect(words('Сергій')).toEqual(expect.arrayContaining(['serhij', 'serhii', 'serhiy']));
    expect(words('Євген')).toEqual(expect.arrayContaining(['jevhen', 'yevhen']));
    expect(words('Щёкин')).toEqual(expect.arrayContaining(['scokin', 'shchokin', 'shchekin']));
    expect(words('Өлзийбаяр')).toEqual(expect.arrayContaining(['olziibayar', 'ulziibayar']));
    expect(words('Энхтуяа Жаргал')).toEqual(expect.arrayContaining(['enkhtuyaa', 'jargal']));
    expect(searchNames('Nguyễn Văn An')).toBe('nguyen van an');
    expect(searchPhonetic('Наталья').split(' ')).toContain(phoneticText('Natalia'));
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
