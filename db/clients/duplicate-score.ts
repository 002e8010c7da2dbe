import type { DuplicateReason } from '../contract/clients.ts';
import { foldTokens, phoneKey, phoneticToken } from '../text/name-keys.ts';

/** What duplicate scoring looks at in a record, saved or being typed. */
export interface PersonKeys {
  familyName: string;
  givenNames: string;
  birthDate: string | null | undefined;
  nationality?: string | undefined;
  phone?: string | undefined;
}

/** The same, folded once: scoring a register pairs each record with many others. */
export interface PreparedPerson {
  family: string;
  given: string;
  all: string;
  tokens: string[];
  birthDate: string | null;
  nationality: string;
  phone: string;
}

const sortedPhonetic = (text: string) => foldTokens(text).map(phoneticToken).sort();

export function preparePerson(person: PersonKeys): PreparedPerson {
  const family = sortedPhonetic(person.familyName);
  const given = sortedPhonetic(person.givenNames);
  const tokens = [...family, ...given].sort();
  return {
    family: family.join(' '),
    given: given.join(' '),
    all: tokens.join(' '),
    tokens,
    birthDate: person.birthDate ?? null,
    nationality: person.nationality ?? '',
    phone: phoneKey(person.phone ?? ''),
  };
}

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
export function scorePrepared(
  a: PreparedPerson,
  b: PreparedPerson,
): { score: number; reasons: DuplicateReason[] } {
  const reasons: DuplicateReason[] = [];
  let score = 0;
  if (a.all !== '' && a.family === b.family && a.given === b.given) {
    score += 60;
    reasons.push('sameNames');
  } else if (a.all !== '' && a.all === b.all) {
    score += 55;
    reasons.push('sameNamesSwapped');
  } else if (overlap(a.tokens, b.tokens) >= 0.5) {
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
  if (a.phone !== '' && a.phone === b.phone) {
    score += 25;
    reasons.push('samePhone');
  }
  return { score: Math.max(0, Math.min(100, score)), reasons };
}

export function scoreDuplicate(a: PersonKeys, b: PersonKeys) {
  return scorePrepared(preparePerson(a), preparePerson(b));
}
