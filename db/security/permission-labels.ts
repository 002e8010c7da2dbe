import type { Language } from '../contract/language.ts';
import type { MethodName } from '../contract/method-names.ts';
import { PristavError } from '../errors.ts';
import { type Role, roleLabels } from '../contract/users.ts';

export function roleLabel(role: Role, lang: Language): string {
  return roleLabels[role][lang];
}

/** What a refused call tried to do, in words, by the method's domain (the CLI's one line). */
const domainActions: Record<string, { cs: string; en: string }> = {
  app: { cs: 'zjišťovat stav aplikace', en: 'read the app status' },
  session: { cs: 'se přihlašovat', en: 'sign in' },
  users: { cs: 'spravovat uživatele', en: 'manage users' },
  site: { cs: 'zakládat pracoviště', en: 'set up a site' },
  demo: { cs: 'plnit ukázková data', en: 'load demo data' },
  settings: { cs: 'měnit nastavení', en: 'change the settings' },
  clients: { cs: 'pracovat s evidencí klientů', en: 'work with the client register' },
  serviceTypes: { cs: 'spravovat druhy služeb', en: 'manage service types' },
  acts: { cs: 'zapisovat a číst úkony', en: 'record and read service acts' },
  tallies: { cs: 'zapisovat anonymní návštěvy', en: 'record anonymous visits' },
  courses: { cs: 'pracovat s kurzy', en: 'work with courses' },
  lessons: { cs: 'plánovat lekce', en: 'schedule lessons' },
  enrolments: { cs: 'zapisovat účastníky kurzů', en: 'enrol course participants' },
  attendance: { cs: 'zapisovat docházku', en: 'mark attendance' },
  books: { cs: 'spravovat knihovnu', en: 'manage the library' },
  loans: { cs: 'půjčovat knihy', en: 'lend books' },
  reports: { cs: 'sestavovat přehledy', en: 'build reports' },
  import: { cs: 'importovat data', en: 'import data' },
  sync: { cs: 'synchronizovat pracoviště', en: 'synchronise sites' },
  audit: { cs: 'číst záznam o přístupech', en: 'read the access audit' },
  backups: { cs: 'zálohovat a obnovovat databázi', en: 'back up and restore the database' },
};

export function actionLabel(method: MethodName, lang: Language): string {
  const domain = method.slice(0, method.indexOf('.'));
  const action = domainActions[domain]?.[lang] ?? method;
  return `${action} (${method})`;
}

/**
 * The one refusal of the permission rules (the table, or a rule about the row): names the user,
 * their role and what they tried, in both languages (the message picks one).
 */
export function permissionDenied(
  user: { name: string; role: Role } | null,
  action: { cs: string; en: string },
): PristavError {
  return new PristavError('PERMISSION_DENIED', {
    user: user?.name ?? '',
    role: user ? roleLabel(user.role, 'cs') : '',
    roleEn: user ? roleLabel(user.role, 'en') : '',
    action: action.cs,
    actionEn: action.en,
  });
}
