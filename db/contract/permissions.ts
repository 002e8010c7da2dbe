import type { MethodName } from './method-names.ts';
import { type Role, roles } from './users.ts';

/*
 * The one table of who may call what (issue 12): every API method → the roles allowed to call
 * it. createApi() checks it before any handler runs (db/security/session.ts), for the desktop
 * app, the loopback host and the CLI alike; the renderer reads the same table to hide what a
 * role cannot do (it lives in the pure contract for that reason). The README shows this table
 * (test/docs keeps the two equal). Finer rules that depend on the row, not the method, live
 * with the data: a lecturer's own courses (db/security/course-access.ts), confidential notes
 * (db/security/confidential-notes.ts).
 */

/** Methods anyone may call, signed in or not: what the start and sign-in screens need. */
export const publicMethods: ReadonlySet<MethodName> = new Set([
  'app.info',
  'app.health',
  // The locked start (an encrypted database whose key nobody has unwrapped yet): name and
  // password open the file and sign in; on an open database it is a sign-in.
  'database.unlock',
  'session.status',
  'session.signIn',
  'session.signOut',
]);

const everyone = roles;
const admin = ['admin'] as const;
const office = ['admin', 'coordinator'] as const;
const caseWork = ['admin', 'coordinator', 'social_worker'] as const;
const desk = ['admin', 'coordinator', 'social_worker', 'receptionist'] as const;
const courses = ['admin', 'coordinator', 'social_worker', 'receptionist', 'lecturer'] as const;
const lessons = ['admin', 'coordinator', 'social_worker', 'lecturer'] as const;

type Allowed = readonly Role[];

export const permissions: { readonly [M in MethodName]: Allowed } = {
  'app.info': everyone,
  'app.health': everyone,
  'database.unlock': everyone,
  'session.status': everyone,
  'session.signIn': everyone,
  'session.signOut': everyone,
  'session.lock': everyone,
  // Any signed-in user tells the API they are still at the keyboard (not public: a locked or
  // signed-out session is refused, as any other call).
  'session.touch': everyone,
  'users.list': admin,
  'users.add': admin,
  'users.disable': admin,
  // One's own password: everyone; another user's: admin (checked with the row).
  'users.setPassword': everyone,
  'audit.list': admin,
  // Set-up happens before anyone exists; once a site exists it answers "already set up".
  'site.create': everyone,
  // The registry is HQ's: a branch is refused with the row (db/site/site-rename.ts).
  'site.update': admin,
  'demo.fill': admin,
  'settings.get': everyone,
  'settings.set': admin,
  // Where this computer keeps the database and its backups: paths, no personal data.
  'settings.storage': office,
  'clients.create': desk,
  'clients.update': desk,
  'clients.get': desk,
  'clients.search': desk,
  'clients.list': desk,
  'clients.duplicatesFor': desk,
  'clients.duplicates': caseWork,
  'clients.merge': caseWork,
  'clients.unmerge': caseWork,
  'clients.history': desk,
  'clients.consentForm': desk,
  'clients.consentTexts': desk,
  // Everything held about a person, confidential counselling notes included.
  'clients.exportSubject': ['admin', 'social_worker'],
  'clients.inactive': office,
  'clients.anonymise': office,
  // HQ only as well (checked with the organisation): the erasure travels to every site.
  'clients.erase': admin,
  'serviceTypes.list': everyone,
  'serviceTypes.create': office,
  'serviceTypes.archive': office,
  'acts.record': desk,
  'acts.get': desk,
  'acts.update': desk,
  'acts.delete': desk,
  'acts.timeline': desk,
  'acts.day': desk,
  'tallies.add': desk,
  'tallies.undo': desk,
  'courses.create': caseWork,
  'courses.list': courses,
  'courses.get': courses,
  'courses.lessonsOn': courses,
  'lessons.add': lessons,
  'lessons.move': lessons,
  'lessons.cancel': lessons,
  'enrolments.enrol': desk,
  'enrolments.leave': desk,
  'attendance.mark': courses,
  'attendance.sheet': courses,
  'books.create': desk,
  'books.update': desk,
  'books.search': desk,
  'loans.lend': desk,
  'loans.return': desk,
  'loans.renew': desk,
  'loans.delete': desk,
  'loans.overdue': desk,
  'loans.forClient': desk,
  'reports.period': office,
  'reports.submit': office,
  'reports.submissions': office,
  'reports.compare': office,
  'reports.drilldown': office,
  'reports.range': office,
  'reports.monthly': office,
  'reports.export': office,
  'reports.yearEarlier': office,
  // Partner organisations and events are the office's to keep; whoever records an act may
  // refer the client to a partner (the reception sends people to the labour office too), so
  // the desk reads the register, and sees the events and who attended them.
  'partners.list': desk,
  'partners.create': office,
  'partners.update': office,
  'events.list': desk,
  'events.get': desk,
  'events.create': office,
  'events.update': office,
  'events.delete': office,
  'import.inspect': office,
  'import.start': office,
  'import.status': office,
  'import.cancel': office,
  'sync.status': office,
  'sync.enrol': office,
  // Joining happens on a new database, before anyone exists; afterwards "already set up".
  'sync.join': everyone,
  'sync.export': office,
  'sync.import': office,
  'sync.conflicts': caseWork,
  'sync.resolve': caseWork,
  'sync.revoke': office,
  'sync.setFolder': office,
  'sync.run': office,
  'sync.runStatus': office,
  'sync.runCancel': office,
  // Backups hold every record of the site, and a restore replaces them all: admin only.
  'backups.list': admin,
  'backups.take': admin,
  'backups.restore': admin,
  'backups.setFolder': admin,
};

export function isAllowed(role: Role, method: MethodName): boolean {
  return publicMethods.has(method) || permissions[method].includes(role);
}

/** Roles that read confidential counselling notes (timeline, acts.get, exports, dump). */
export const confidentialReaders: ReadonlySet<Role> = new Set(['admin', 'social_worker']);
