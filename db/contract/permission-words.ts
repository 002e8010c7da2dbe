import type { Language, Translated } from './language.ts';

/**
 * What a refused call tried to do, in words (PERMISSION_DENIED's {action}). The domain gives
 * a code — a method name, or one of the rules about a row below — and the message is worded
 * where the API answers, in the asker's language.
 */
const domainActions: Record<string, Translated> = {
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

/** Refusals by a rule about the row rather than by the method's role table. */
export const rowRuleActions = {
  confidentialNotes: {
    cs: 'číst ani měnit důvěrné poznámky z poradenství',
    en: 'read or change confidential counselling notes',
  },
  otherUsersPassword: { cs: 'měnit heslo jiného uživatele', en: "change another user's password" },
  othersCourse: {
    cs: 'pracovat s kurzem, který nevede',
    en: 'work with a course they do not teach',
  },
} satisfies Record<string, Translated>;

export type RowRuleAction = keyof typeof rowRuleActions;

/** A row rule's words, or a method's: its domain's action and the method ("… (acts.record)"). */
export function permissionActionWords(action: string, lang: Language): string {
  if (Object.hasOwn(rowRuleActions, action)) return rowRuleActions[action as RowRuleAction][lang];
  const domain = action.slice(0, action.indexOf('.'));
  const words = Object.hasOwn(domainActions, domain) ? domainActions[domain]![lang] : action;
  return `${words} (${action})`;
}
