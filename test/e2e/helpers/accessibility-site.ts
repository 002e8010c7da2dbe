import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createApi } from '../../../db/api.ts';
import type { Client } from '../../../db/contract/clients.ts';
import type { Course } from '../../../db/contract/courses.ts';
import { todayIso } from '../../../db/contract/dates.ts';
import { demoHq } from '../../../db/demo/demo-site.ts';
import { fillRelease2010 } from '../../../db/demo/release-2010.ts';
import { openStore } from '../../../db/open-app.ts';
import { takeBackup } from '../../../db/security/backups/take-backup.ts';
import { shiftDays } from './calendar.ts';

/** Everyone signs in: the administrator has a password, and so has a lecturer. */
export const admin = { name: demoHq.adminName, password: 'spravce-2026' };
export const lecturer = { name: 'Jana Dvořáková', password: 'lektorka-2026' };

export interface AccessibilitySite {
  file: string;
  /** A course running now, with four participants and a lesson every week on today's weekday. */
  course: Course;
  /** A demo client of 2010 with acts of the press release and an interpreting act today. */
  clientId: string;
  /** The second of two records of one person, so the duplicate screens have something. */
  duplicate: Client;
}

/**
 * The 2010 demo centre (the press release's clients, acts, courses, loans) at HQ, with
 * passwords, a course running today, a likely duplicate and a backup: every screen and dialog
 * of the app has something to show.
 */
export async function seedAccessibilitySite(dir: string): Promise<AccessibilitySite> {
  const file = join(dir, 'accessibility.sqlite');
  const store = await openStore({ file, mode: 'create' });
  const api = createApi(store);
  const invoke = async (method: string, input: unknown) => {
    const result = await api.invoke(method, input, 'cs');
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
  await invoke('site.create', { ...demoHq, adminPassword: admin.password });
  await invoke('users.add', {
    userName: lecturer.name,
    role: 'lecturer',
    password: lecturer.password,
  });
  fillRelease2010(store);
  const people = store.sqlite
    .prepare('SELECT id FROM clients ORDER BY family_name, id LIMIT 4')
    .all() as { id: string }[];
  const clientId = people[0]!.id;
  const today = todayIso();
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay() || 7;
  const course = (await invoke('courses.create', {
    kind: 'czech_low_threshold',
    title: 'Čeština pro začátečníky',
    town: 'Liberec',
    lecturer: lecturer.name,
    startDate: shiftDays(today, -21),
    endDate: shiftDays(today, 42),
    schedule: [{ weekday, start: '17:00', end: '18:30' }],
  })) as Course;
  for (const person of people) {
    await invoke('enrolments.enrol', { courseId: course.id, clientId: person.id });
  }
  await invoke('acts.record', { clientId, type: 'interpreting', minutes: 30 });
  const twin = {
    familyName: 'Tran',
    givenNames: 'Thi Lan',
    nationality: 'VN',
    birthDate: '1990-05-12',
    consentDate: today,
  };
  await invoke('clients.create', twin);
  const duplicate = (await invoke('clients.create', { ...twin, givenNames: 'Thị Lan' })) as Client;
  await takeBackup(store, { reason: 'manual' });
  store.sqlite.close();
  return { file, course, clientId, duplicate };
}

/** The sign-in screen's name and password, then Enter; waits for the user menu. */
export async function signIn(page: Page, person: { name: string; password: string }) {
  await page.getByRole('textbox', { name: 'Jméno', exact: true }).fill(person.name);
  const password = page.getByLabel(/^Heslo nebo PIN\s*\*?$/);
  await password.fill(person.password);
  await password.press('Enter');
  await page.getByRole('button', { name: new RegExp(`^Uživatel: ${person.name}`) }).waitFor();
}

/** What has the keyboard focus: a short description, "BODY" when it fell to the page. */
export async function focusedElement(page: Page): Promise<string> {
  return (await page.evaluate(`(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'BODY';
    const name = element.getAttribute('aria-label') ?? element.textContent ?? '';
    return element.tagName + ': ' + name.trim().slice(0, 80);
  })()`)) as string;
}
