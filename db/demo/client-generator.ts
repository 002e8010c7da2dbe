import type { z } from 'zod';
import type { clientFields } from '../contract/clients.ts';
import type { ResidenceStatus } from '../contract/residence.ts';
import { namePoolFor } from './client-names-more.ts';
import type { Random } from './random.ts';

export type GeneratedClient = z.input<typeof clientFields>;

/** The nationality mix of the Liberec region's centre (press release of 2010). */
const nationalityWeights: [string, number][] = [
  ['VN', 206],
  ['MN', 153],
  ['UA', 44],
  ['RU', 30],
  ['KZ', 6],
  ['BY', 5],
  ['MD', 5],
  ['CN', 4],
  ['AF', 3],
  ['UZ', 3],
  ['AM', 3],
  ['TR', 2],
  ['US', 2],
  ['BR', 2],
  ['KR', 2],
  ['IN', 2],
];
const totalWeight = nationalityWeights.reduce((sum, [, weight]) => sum + weight, 0);
const statuses: ResidenceStatus[] = [
  'permanent',
  'long_term',
  'long_term_visa',
  'international_protection',
  'temporary_protection',
];
const towns = ['Liberec', 'Jablonec nad Nisou', 'Česká Lípa', 'Stráž pod Ralskem', 'Turnov'];

function pickNationality(random: Random): string {
  let point = random.next() * totalWeight;
  for (const [code, weight] of nationalityWeights) {
    point -= weight;
    if (point < 0) return code;
  }
  return 'VN';
}

/** A plausible client of the centre; deterministic for a given random sequence. */
export function generateClient(random: Random, year = 2010): GeneratedClient {
  return generateClientOf(random, pickNationality(random), year);
}

/** A plausible client of a given nationality, with a name that fits it. */
export function generateClientOf(
  random: Random,
  nationality: string,
  year = 2010,
): GeneratedClient {
  const pool = namePoolFor(nationality);
  const sex = random.chance(0.55) ? 'F' : 'M';
  const familyName = random.pick(pool.family[sex]);
  const month = String(random.int(1, 12)).padStart(2, '0');
  const day = String(random.int(1, 28)).padStart(2, '0');
  const birthYear = year - random.int(18, 65);
  const phone = random.chance(0.7)
    ? `+420 ${random.int(600, 799)} ${random.int(100, 999)} ${random.int(100, 999)}`
    : '';
  return {
    familyName,
    givenNames: random.pick(sex === 'F' ? pool.givenF : pool.givenM),
    otherSpellings: pool.original?.[familyName] ?? '',
    birthDate: random.chance(0.9) ? `${birthYear}-${month}-${day}` : String(birthYear),
    sex,
    nationality,
    residenceStatus: random.pick(statuses),
    town: random.pick(towns),
    phone,
    firstContact: `${year}-${month}-${day}`,
    consentDate: `${year}-${month}-${day}`,
    consentVersion: '2010-01',
  };
}
