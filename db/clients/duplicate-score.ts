import type { DuplicateReason } from '../contract/clients.ts';
import { foldTokens, phoneKey, phoneticToken } from './name-keys.ts';

/** What duplicate scoring looks at in a record, saved or being typed. */
export interface PersonKeys {
  familyName: string;
  givenNames: string;
  birthDate: string | null | undefined;
  nationality?: string | undefined;
  phone?: string | undefined;
}

const phonetic = (text: string) => foldTokens(text).map(phoneticToken);
const sameSet = (a: string[], b: string[]) =>
  a.length > 0 && a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');

/** Share of tokens the two lists have in common (0–1). */
function overlap(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const common = a.filter((token) => b.includes(token)).length;
  return common / Math.max(a.length, b.length);
}

/**
 * How likely two records are the same person, 0–100, with the reasons a worker can check:
 * names (in either order, any transliteration) weigh most, a matching birth date confirms,
 * a different full birth date speaks against.
 */
export function scoreDuplicate(
  a: PersonKeys,
  b: PersonKeys,
): { score: number; reasons: DuplicateReason[] } {
  const reasons: DuplicateReason[] = [];
  let score = 0;
  const [familyA, givenA, familyB, givenB] = [
    phonetic(a.familyName),
    phonetic(a.givenNames),
    phonetic(b.familyName),
    phonetic(b.givenNames),
  ];
  const allA = [...familyA, ...givenA];
  const allB = [...familyB, ...givenB];
  if (sameSet(familyA, familyB) && sameSet(givenA, givenB)) {
    score += 60;
    reasons.push('sameNames');
  } else if (sameSet(allA, allB)) {
    score += 55;
    reasons.push('sameNamesSwapped');
  } else if (overlap(allA, allB) >= 0.5) {
    score += 30;
    reasons.push('similarNames');
  }

  if (a.birthDate && b.birthDate) {
    const isBothFull = a.birthDate.length === 10 && b.birthDate.length === 10;
    if (isBothFull && a.birthDate === b.birthDate) {
      score += 35;
      reasons.push('sameBirthDate');
    } else if (!isBothFull && a.birthDate.slice(0, 4) === b.birthDate.slice(0, 4)) {
      score += 20;
      reasons.push('sameBirthYear');
    } else {
      score -= 30;
      reasons.push('differentBirthDate');
    }
  }
  if (a.nationality && a.nationality === b.nationality) {
    score += 5;
    reasons.push('sameNationality');
  }
  const phoneA = phoneKey(a.phone ?? '');
  if (phoneA !== '' && phoneA === phoneKey(b.phone ?? '')) {
    score += 25;
    reasons.push('samePhone');
  }
  return { score: Math.max(0, Math.min(100, score)), reasons };
}
