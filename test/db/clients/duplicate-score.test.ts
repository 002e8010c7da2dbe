import { describe, expect, it } from 'vitest';
import { scoreDuplicate } from '../../../db/clients/duplicate-score.ts';

const an = {
  familyName: 'Nguyễn',
  givenNames: 'Văn An',
  birthDate: '1990-05-12',
  nationality: 'VN',
};

describe('duplicate scoring', () => {
  it('scores the same person in another spelling high', () => {
    const result = scoreDuplicate(an, { ...an, familyName: 'Nguyen', givenNames: 'Van An' });
    expect(result.reasons).toEqual(['sameNames', 'sameBirthDate', 'sameNationality']);
    expect(result.score).toBe(100);
  });

  it('recognises names in swapped order', () => {
    const result = scoreDuplicate(an, { ...an, familyName: 'Van An', givenNames: 'Nguyen' });
    expect(result.reasons[0]).toBe('sameNamesSwapped');
    expect(result.score).toBeGreaterThanOrEqual(90);
  });

  it('matches transliteration variants', () => {
    const a = { familyName: 'Ševčenko', givenNames: 'Taras', birthDate: '1985', nationality: 'UA' };
    const b = {
      familyName: 'Shevchenko',
      givenNames: 'Taras',
      birthDate: '1985-03-09',
      nationality: 'UA',
    };
    const result = scoreDuplicate(a, b);
    expect(result.reasons).toEqual(['sameNames', 'sameBirthYear', 'sameNationality']);
    expect(result.score).toBe(85);
  });

  it('speaks against a match when full birth dates differ', () => {
    const result = scoreDuplicate(an, { ...an, birthDate: '1991-01-01' });
    expect(result.reasons).toContain('differentBirthDate');
    expect(result.score).toBe(35);
  });

  it('gives nothing for different people', () => {
    const other = {
      familyName: 'Batbayar',
      givenNames: 'Sarnai',
      birthDate: '1990-05-12',
      nationality: 'MN',
    };
    expect(scoreDuplicate(an, other).score).toBe(35);
    expect(scoreDuplicate(an, other).reasons).toEqual(['sameBirthDate']);
  });

  it('counts the same phone in any notation', () => {
    const result = scoreDuplicate(
      { ...an, phone: '+420 777 123 456' },
      { familyName: 'Nguyen', givenNames: 'An', birthDate: null, phone: '777123456' },
    );
    expect(result.reasons).toContain('samePhone');
  });
});
