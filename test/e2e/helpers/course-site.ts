import type { Client } from '../../../db/contract/clients.ts';
import { todayIso } from '../../../db/contract/dates.ts';
import { openStore } from '../../../db/open-app.ts';
import { shiftDays } from './calendar.ts';
import { hqSite, seedingInvoke } from './seed-api.ts';

export interface SeededPeople {
  an: Client;
  taras: Client;
  sarnai: Client;
  sergej: Client;
}

/**
 * A new database with a site, four clients (names with diacritics of their own languages) and
 * two other courses of the region, so the course list and its filters have something to show.
 * The file is closed again for the web host to open.
 */
export async function seedCourseSite(file: string): Promise<SeededPeople> {
  const store = await openStore({ file, mode: 'create' });
  const invoke = seedingInvoke(store);
  await invoke('site.create', hqSite);
  const person = async (familyName: string, givenNames: string, nationality: string) =>
    (await invoke('clients.create', {
      familyName,
      givenNames,
      nationality,
      consentDate: todayIso(),
    })) as Client;
  const people = {
    an: await person('Nguyễn', 'Văn An', 'VN'),
    taras: await person('Ševčenko', 'Taras', 'UA'),
    sarnai: await person('Batbayar', 'Sarnai', 'MN'),
    sergej: await person('Ivanov', 'Sergej', 'RU'),
  };
  await invoke('courses.create', {
    kind: 'pc',
    title: 'Počítač pro začátečníky',
    town: 'Turnov',
    venue: 'Knihovna Antonína Marka',
    lecturer: 'Bc. Petr Dvořák',
    startDate: shiftDays(todayIso(), -60),
    endDate: shiftDays(todayIso(), -10),
    capacity: 8,
    schedule: [{ weekday: 5, start: '09:00', end: '11:00' }],
  });
  await invoke('courses.create', {
    kind: 'sociocultural',
    title: 'Život v Česku: úřady a zdravotnictví',
    town: 'Česká Lípa',
    startDate: shiftDays(todayIso(), 7),
    endDate: shiftDays(todayIso(), 37),
    schedule: [{ weekday: 6, start: '10:00', end: '12:00' }],
  });
  store.sqlite.close();
  return people;
}
