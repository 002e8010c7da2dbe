import type { GeneratedClient } from './client-generator.ts';
import { officeDays } from './release-2010-calendar.ts';
import { planLoans, type PlannedLoan } from './release-2010-library.ts';
import { bookLanguageOf } from './release-2010-people.ts';
import type { Random } from './random.ts';

/** One act recorded by hand (counselling, internet, interpreting). */
export interface PlannedAct {
  client: number;
  type: string;
  date: string;
  town: string;
  minutes: number | null;
  note: string;
  computer: string;
}

export interface PlannedTally {
  type: string;
  date: string;
  count: number;
}

/** What the social worker noted; the notes are confidential like the whole act. */
export const counsellingNotes = [
  'Prodloužení dlouhodobého pobytu – kontrola podkladů pro OAMP.',
  'Žádost o trvalý pobyt – informace ke zkoušce z češtiny A1.',
  'Zdravotní pojištění (VZP) – vysvětlení komerčního a veřejného pojištění.',
  'Registrace na úřadu práce, povinnosti uchazeče o zaměstnání.',
  'Živnostenský list – doprovod na živnostenský úřad.',
  'ČSSZ – potvrzení o důchodovém pojištění.',
  'Sloučení rodiny – seznam dokladů, překlady.',
  'Zápis dítěte do školy, komunikace se školou.',
  'Nájemní smlouva – vysvětlení podmínek, kauce.',
  'Pracovní smlouva – mzda, přesčasy, výpověď.',
];
export const interpretingNotes = [
  'Tlumočení na OAMP Liberec.',
  'Tlumočení u lékaře.',
  'Tlumočení na sociálním odboru.',
  'Tlumočení na úřadu práce.',
];
const office = 'Liberec';

export interface ServiceGroups {
  counselling: number[];
  library: number[];
  internet: number[];
}

/** The hand-recorded acts and loans of the period; course acts come from attendance. */
export function planServices(
  random: Random,
  people: GeneratedClient[],
  groups: ServiceGroups,
): { acts: PlannedAct[]; loans: PlannedLoan[]; tallies: PlannedTally[] } {
  const acts: PlannedAct[] = [];
  const act = (client: number, fields: Omit<PlannedAct, 'client' | 'date'>) =>
    acts.push({ client, date: random.pick(officeDays), ...fields });
  for (const client of groups.counselling) {
    for (let n = random.int(1, 4); n > 0; n--) {
      act(client, {
        type: 'social_legal_counselling',
        // Outreach counselling happens in the client's town, the rest at the office.
        town: random.chance(0.3) ? people[client]!.town! : office,
        minutes: random.pick([15, 30, 30, 45, 60, 90]),
        note: random.pick(counsellingNotes),
        computer: '',
      });
    }
    if (random.chance(0.3)) {
      act(client, {
        type: 'interpreting',
        town: office,
        minutes: random.pick([60, 90, 120]),
        note: random.pick(interpretingNotes),
        computer: '',
      });
    }
  }
  for (const client of groups.internet) {
    for (let n = random.int(1, 5); n > 0; n--) {
      act(client, {
        type: 'internet',
        town: office,
        minutes: random.pick([30, 45, 60]),
        note: '',
        computer: `PC ${random.int(1, 4)}`,
      });
    }
  }
  const wishes = groups.library.flatMap((client) =>
    Array.from({ length: random.int(1, 4) }, () => ({
      client,
      language: bookLanguageOf(people[client]!.nationality),
    })),
  );
  // Walk-ins at the internet corner and browsing readers, counted without a name.
  const tallies = Array.from({ length: 8 }, (_, index) => ({
    type: index % 2 === 0 ? 'internet' : 'library',
    date: random.pick(officeDays),
    count: random.int(1, 4),
  }));
  return { acts, loans: planLoans(random, wishes), tallies };
}
