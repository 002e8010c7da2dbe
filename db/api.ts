import { errorMessage } from './contract/errors.ts';
import type { Language } from './contract/language.ts';
import { isMethodName, type MethodName } from './contract/method-names.ts';
import { inputSchemas, type Output, type ParsedInput } from './contract/methods.ts';
import type { ApiContext, MethodDefinition, SessionState } from './api-types.ts';
import type { Result } from './contract/result.ts';
import { formatIssues } from './contract/validation-messages.ts';
import { getAppInfo } from './app/app-info.ts';
import { isPristavError, PristavError } from './errors.ts';
import { getSettings, setSettings } from './settings/settings-queries.ts';
import { createSite, getCurrentUser, getThisSite } from './site/site-queries.ts';
import { renameSite } from './site/site-rename.ts';
import { readStorageInfo } from './security/backups/storage-info.ts';
import type { Store } from './store.ts';
import type { User } from './contract/domain.ts';
import { clientMethods } from './clients/client-methods.ts';
import { serviceMethods } from './services/service-methods.ts';
import { courseMethods } from './courses/course-methods.ts';
import { libraryMethods } from './library/library-methods.ts';
import { buildPeriodReport } from './reports/period-report.ts';
import { reportSubmissionMethods } from './reports/report-submission-methods.ts';
import { demoMethods } from './demo/demo-methods.ts';
import { reportScreenMethods } from './reports/report-screen-methods.ts';
import { reportExportMethods } from './reports/report-export-methods.ts';
import { partnerMethods } from './partners/partner-methods.ts';
import { eventMethods } from './events/event-methods.ts';
import { importMethods } from './import/import-methods.ts';
import { waitForImport } from './import/import-jobs.ts';
import { syncMethods } from './sync/sync-methods.ts';
import { backupMethods } from './security/backups/backup-methods.ts';
import { ensureOrganisation } from './sync/organisation.ts';
import { hashPassword } from './security/passwords.ts';
import { authorise, createSessionState, signInAfterSetUp } from './security/session.ts';
import { sessionMethods } from './security/session-methods.ts';
import { userMethods } from './security/user-methods.ts';
import { eraseClient } from './erasure/erase-client.ts';
import { listAudit } from './security/audit/audit-list.ts';
import { gdprMethods } from './security/gdpr/gdpr-methods.ts';

const definitions: { [M in MethodName]: MethodDefinition<M> } = {
  'app.info': { handler: ({ store }) => getAppInfo(store), isAllowedBeforeSetup: true },
  'app.health': {
    handler: ({ store }) => store.health,
    isAllowedBeforeSetup: true,
    isAnsweredDuringImport: true,
  },
  ...sessionMethods,
  ...userMethods,
  'audit.list': { handler: ({ store }, input) => listAudit(store, input) },
  'clients.erase': { handler: ({ store, userId }, input) => eraseClient(store, userId, input) },
  'site.create': {
    handler: async ({ store, session }, input) => {
      const passwordHash =
        input.adminPassword === undefined ? undefined : await hashPassword(input.adminPassword);
      const site = createSite(store, input, undefined, passwordHash);
      if (passwordHash !== undefined) signInAfterSetUp(store, session, input.adminName);
      // `init --hq` / "Centrála": the organisation and HQ's keys come with the site.
      if (input.isHq) ensureOrganisation(store, getCurrentUser(store)?.id ?? null);
      return site;
    },
    isAllowedBeforeSetup: true,
  },
  'site.update': { handler: ({ store, userId }, input) => renameSite(store, userId, input) },
  ...demoMethods,
  'settings.get': { handler: ({ store }) => getSettings(store) },
  'settings.set': {
    handler: ({ store, userId }, input) => setSettings(store, userId, input),
  },
  'settings.storage': { handler: ({ store }) => readStorageInfo(store) },
  ...clientMethods,
  ...gdprMethods,
  ...serviceMethods,
  ...courseMethods,
  ...libraryMethods,
  'reports.period': { handler: ({ store }, input) => buildPeriodReport(store, input) },
  ...reportSubmissionMethods,
  ...reportScreenMethods,
  ...reportExportMethods,
  ...partnerMethods,
  ...eventMethods,
  ...importMethods,
  ...syncMethods,
  ...backupMethods,
};

export interface Api {
  invoke(method: string, input: unknown, lang: Language): Promise<Result<unknown>>;
  /**
   * The permission check alone, for a CLI command that calls the domain directly (sync, dump):
   * the user it acts for, or a PristavError (SIGN_IN_REQUIRED, PERMISSION_DENIED, …).
   */
  authorise(method: MethodName): User | null;
}

/**
 * Binds the contract to the database: validates, checks the set-up state, runs, wraps. The
 * session is the API's own unless given: openApp() hands the same one over when it reopens the
 * file it has just encrypted, so the person who set it up stays signed in.
 */
export function createApi(store: Store, session: SessionState = createSessionState()): Api {
  return {
    async invoke(method, input, lang) {
      try {
        if (!isMethodName(method)) throw new PristavError('UNKNOWN_METHOD', { method });
        return { ok: true, value: await run(store, session, method, input, lang) };
      } catch (error) {
        return { ok: false, error: toApiError(explainRefusedWrite(store, error), lang) };
      }
    },
    authorise: (method) => (getThisSite(store) === null ? null : authorise(store, session, method)),
  };
}

/**
 * After the integrity check found damage the connection is read-only (integrity-check.ts): a
 * write then fails in SQLite, and the person is told why rather than "unexpected error".
 */
function explainRefusedWrite(store: Store, error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (store.health.state !== 'failed' || code !== 'SQLITE_READONLY') return error;
  return new PristavError('DB_CORRUPT', { path: store.file, detail: store.health.detail });
}

async function run<M extends MethodName>(
  store: Store,
  session: SessionState,
  method: M,
  input: unknown,
  lang: Language,
): Promise<Output<M>> {
  // A legacy import holds one write transaction open across turns of the event loop (from its
  // checks to its commit); a call run meanwhile would write into it, or read rows it may yet roll
  // back. Calls wait for it rather than fail: every screen, the host and the CLI then get the
  // same answers as without an import, only later. Its own status and cancel answer at once.
  const definition = definitions[method] as MethodDefinition<M>;
  if (!definition.isAnsweredDuringImport) await waitForImport(store);
  // Before set-up nobody exists to sign in: only the set-up methods answer, for nobody.
  let user = null;
  if (getThisSite(store) === null) {
    if (!definition.isAllowedBeforeSetup) throw new PristavError('NOT_INITIALISED');
  } else {
    // The one permission check (db/security/permissions.ts), for every transport.
    user = authorise(store, session, method);
  }
  // Validated after the permission check: a refused caller learns nothing from the messages.
  const parsed = inputSchemas[method].safeParse(input ?? undefined);
  if (!parsed.success) {
    throw new PristavError('VALIDATION', { details: formatIssues(parsed.error.issues, lang) });
  }
  const context: ApiContext = { store, user, userId: user?.id ?? null, lang, session };
  return definition.handler(context, parsed.data as ParsedInput<M>);
}

/** Expected errors keep their code and message; anything else is reported without details. */
export function toApiError(
  error: unknown,
  lang: Language,
): { code: PristavError['code']; message: string } {
  if (isPristavError(error)) {
    return { code: error.code, message: errorMessage(error.code, lang, error.params) };
  }
  // Details may carry personal data: they go to the developer's console only, never the UI.
  console.error('Přístav: internal error', error instanceof Error ? error.stack : error);
  return { code: 'INTERNAL', message: errorMessage('INTERNAL', lang) };
}

/**
 * An API whose every call answers with why the database could not be opened, so that the UI
 * shows that one line instead of a broken screen.
 */
export function createUnavailableApi(error: unknown, file: string): Api {
  const reason = isPristavError(error) ? error : new PristavError('DB_UNREADABLE', { path: file });
  return {
    async invoke(_method, _input, lang) {
      return { ok: false, error: toApiError(reason, lang) };
    },
    authorise: () => {
      throw reason;
    },
  };
}
