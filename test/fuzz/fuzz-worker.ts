import { parentPort, workerData } from 'node:worker_threads';
import { createApi } from '../../db/api.ts';
import { dumpSyncedData } from '../../db/changes/dump.ts';
import type { Language } from '../../db/contract/language.ts';
import { openStore } from '../../db/open-app.ts';
import {
  envelopeProblem,
  isInternalMessage,
  readOnlyMethods,
  storedProblems,
} from './fuzz-checks.ts';
import { RefResolver } from './ref-resolver.ts';

/**
 * Runs the fuzzed calls on a real database, in a worker thread: a call that loops forever
 * blocks this thread's event loop, so only another thread can notice it and stop it
 * (Worker.terminate). Structured clone carries NaN, -0, undefined and lone surrogates to the API
 * as Electron's IPC does. Started with `node` directly (Node 24 strips the types).
 */

export interface WorkerSetup {
  file: string;
  mode: 'create' | 'open';
  fillDemo: boolean;
}

export interface CallRequest {
  method: string;
  input: unknown;
  lang: Language;
  /** import.start only: cancel the job right after it starts, before it finishes. */
  cancelImport: boolean;
}

export interface CallReport {
  ok: boolean | null;
  code: string | null;
  message: string | null;
  /** Broken invariants: a throw, a bad envelope, INTERNAL, changed data. */
  problems: string[];
  ms: number;
  importState: string | null;
}

const setup = workerData as WorkerSetup;
const store = await openStore({ file: setup.file, mode: setup.mode });
const api = createApi(store);
const resolver = new RefResolver(store);

if (setup.fillDemo) {
  const filled = await api.invoke('demo.fill', { kind: 'release-2010' }, 'cs');
  if (!filled.ok) throw new Error(`demo.fill: ${filled.error.message}`);
}

/*
 * The fuzzed calls act for a signed-in administrator, as at a real desk: the demo's admin gets
 * a password first (so users.add cannot switch sign-in on halfway), and whenever a fuzzed call
 * signed out or locked the session, the worker signs in again before the next one.
 */
const fuzzAdminPassword = 'fuzz-admin-heslo';
let fuzzAdmin: string | null = null;
async function keepSignedIn(): Promise<void> {
  const status = await api.invoke('session.status', {}, 'cs');
  if (!status.ok) return;
  const value = status.value as { isSignInRequired: boolean; user: unknown; isLocked: boolean };
  if (!value.isSignInRequired) {
    const info = await api.invoke('app.info', {}, 'cs');
    const user = info.ok ? (info.value as { user: { name: string } | null }).user : null;
    if (!user) return;
    const set = await api.invoke('users.setPassword', { password: fuzzAdminPassword }, 'cs');
    if (!set.ok) throw new Error(`users.setPassword: ${set.error.message}`);
    fuzzAdmin = user.name;
  }
  if ((value.user === null || value.isLocked) && fuzzAdmin !== null) {
    const signed = await api.invoke(
      'session.signIn',
      { userName: fuzzAdmin, password: fuzzAdminPassword },
      'cs',
    );
    if (!signed.ok) throw new Error(`session.signIn: ${signed.error.message}`);
  }
}

interface Snapshot {
  changes: number;
  /** `dump` as the CLI prints it (without the indentation). */
  dump: string;
  /** Stored values that break issue 10's text and date rules (see storedProblems). */
  stored: Map<string, string>;
}

// `dump` costs ~25 ms on the demo register, so it is recomputed only after a row changed:
// SQLite's total_changes() counts every row any statement inserted, updated or deleted.
let cached: Snapshot | null = null;
function snapshot(): Snapshot {
  const changes = resolver.totalChanges();
  if (cached?.changes !== changes) {
    const data = dumpSyncedData(store);
    cached = { changes, dump: JSON.stringify(data), stored: storedProblems(data) };
  }
  return cached;
}

function describeThrow(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Waits for an import job to end, as the import screen does by asking for its status. */
async function finishImport(jobId: string, request: CallRequest, problems: string[]) {
  if (request.cancelImport) {
    const cancelled = await api.invoke('import.cancel', { jobId }, request.lang);
    const problem = envelopeProblem(cancelled);
    if (problem) problems.push(`import.cancel: ${problem}`);
  }
  for (;;) {
    const status = await api.invoke('import.status', { jobId }, request.lang);
    const problem = envelopeProblem(status);
    if (problem || !status.ok) {
      problems.push(`import.status: ${problem ?? JSON.stringify(status)}`);
      return null;
    }
    const value = status.value as { state: string; message: string | null; dryRun: boolean };
    if (value.state !== 'running') {
      if (isInternalMessage(value.message, request.lang)) problems.push('import job: INTERNAL');
      return value;
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
}

async function runCall(request: CallRequest): Promise<CallReport> {
  const { method, lang } = request;
  await keepSignedIn();
  const input = resolver.resolve(method, request.input);
  // Sent before the call, so that the test knows what was sent even when the call never ends.
  parentPort!.postMessage({ started: input });
  const before = snapshot();
  const changesBefore = resolver.totalChanges();
  const problems: string[] = [];
  const started = performance.now();
  let result: unknown;
  try {
    result = await api.invoke(method, input, lang);
  } catch (error) {
    problems.push(`threw outside the envelope: ${describeThrow(error)}`);
  }
  const envelope = result as { ok?: boolean; value?: unknown; error?: Record<string, unknown> };
  const problem = result === undefined ? null : envelopeProblem(result);
  if (problem) problems.push(`envelope: ${problem}`);
  if (envelope?.error?.code === 'INTERNAL') problems.push('INTERNAL');
  let mustKeepData = envelope?.ok !== true || readOnlyMethods.has(method);
  let importState: string | null = null;
  if (method === 'import.start' && envelope?.ok === true) {
    const { jobId } = envelope.value as { jobId: string };
    resolver.importJobs.push(jobId);
    const final = await finishImport(jobId, request, problems);
    importState = final?.state ?? null;
    // A dry run, or a job that failed or was cancelled, writes nothing.
    mustKeepData = final === null || final.dryRun || final.state !== 'done';
  }
  const ms = performance.now() - started;
  if (resolver.totalChanges() !== changesBefore) {
    const after = snapshot();
    if (mustKeepData && after.dump !== before.dump) {
      problems.push(envelope?.ok === true ? 'data changed by a read' : 'data changed by a refusal');
    }
    for (const [where, problem] of after.stored) {
      if (!before.stored.has(where)) problems.push(`stored ${problem}: ${where.split(' ')[0]}`);
    }
  }
  return {
    ok: envelope?.ok ?? null,
    code: typeof envelope?.error?.code === 'string' ? envelope.error.code : null,
    message: typeof envelope?.error?.message === 'string' ? envelope.error.message : null,
    problems,
    ms,
    importState,
  };
}

parentPort!.on('message', (request: CallRequest) => {
  void runCall(request).then(
    (report) => parentPort!.postMessage({ report }),
    (error: unknown) => parentPort!.postMessage({ failure: describeThrow(error) }),
  );
});
parentPort!.postMessage({ ready: true });
