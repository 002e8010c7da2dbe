/**
 * Every API method, written once as 'domain.verb'. Kept free of imports so the Electron preload
 * can bundle it without pulling zod into the sandboxed renderer bridge.
 */
export const methodNames = [
  'app.info',
  'site.create',
  'settings.get',
  'settings.set',
  'clients.create',
  'clients.update',
  'clients.get',
  'clients.search',
  'clients.list',
  'clients.duplicatesFor',
  'clients.duplicates',
  'clients.merge',
  'clients.unmerge',
  'clients.history',
  'clients.consentForm',
  'serviceTypes.list',
  'serviceTypes.create',
  'serviceTypes.archive',
  'acts.record',
  'acts.get',
  'acts.update',
  'acts.delete',
  'acts.timeline',
  'acts.day',
  'tallies.add',
  'tallies.undo',
  'courses.create',
  'courses.list',
  'courses.get',
  'courses.lessonsOn',
  'lessons.add',
  'lessons.move',
  'lessons.cancel',
  'enrolments.enrol',
  'enrolments.leave',
  'attendance.mark',
  'attendance.sheet',
  'books.create',
  'books.update',
  'books.search',
  'loans.lend',
  'loans.return',
  'loans.renew',
  'loans.delete',
  'loans.overdue',
  'loans.forClient',
  'reports.period',
  'reports.submit',
  'reports.submissions',
  'reports.compare',
] as const;

export type MethodName = (typeof methodNames)[number];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && (methodNames as readonly string[]).includes(name);
}
