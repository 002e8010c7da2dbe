import type {
  SyncFileResult,
  SyncRunStatus,
  SyncSiteStatus,
  SyncStatus,
} from '../../../../db/contract/index.ts';

/** Sites, statuses and results as the API would send them, for the sync screens' tests. */

export const ids = {
  liberec: '01900000-0000-7000-8000-000000000001',
  jablonec: '01900000-0000-7000-8000-000000000002',
  lipa: '01900000-0000-7000-8000-000000000003',
  turnov: '01900000-0000-7000-8000-000000000004',
};

export function site(overrides: Partial<SyncSiteStatus>): SyncSiteStatus {
  return {
    id: ids.jablonec,
    name: 'Jablonec nad Nisou',
    town: 'Jablonec nad Nisou',
    isHq: false,
    isRevoked: false,
    isThisSite: false,
    held: 0,
    acknowledged: 0,
    lastReceived: null,
    lastSent: null,
    pending: 0,
    isOverdue: false,
    ...overrides,
  };
}

export function hqStatus(overrides: Partial<SyncStatus> = {}): SyncStatus {
  return {
    site: { id: ids.liberec, name: 'Centrum Liberec', town: 'Liberec', isHq: true },
    organisation: { id: 'org', name: 'Centrum pro integraci cizinců' },
    sites: [
      site({
        id: ids.liberec,
        name: 'Centrum Liberec',
        town: 'Liberec',
        isHq: true,
        isThisSite: true,
      }),
      site({ id: ids.jablonec, name: 'Jablonec', pending: 12, isOverdue: true }),
      site({ id: ids.lipa, name: 'Česká Lípa', town: 'Česká Lípa' }),
      site({ id: ids.turnov, name: 'Turnov', town: 'Turnov', isRevoked: true }),
    ],
    missing: [],
    folder: null,
    reviewCount: 0,
    ...overrides,
  };
}

export function branchStatus(): SyncStatus {
  return {
    ...hqStatus(),
    site: { id: ids.jablonec, name: 'Jablonec', town: 'Jablonec nad Nisou', isHq: false },
    sites: [
      site({ id: ids.liberec, name: 'Centrum Liberec', town: 'Liberec', isHq: true }),
      site({ id: ids.jablonec, name: 'Jablonec', isThisSite: true }),
    ],
  };
}

export function fileResult(overrides: Partial<SyncFileResult> = {}): SyncFileResult {
  return {
    path: 'liberec-to-jablonec-0001.pristav-sync',
    from: ids.liberec,
    fromName: 'Centrum Liberec',
    operations: 120,
    new: 100,
    alreadyHeld: 20,
    conflicts: 0,
    missing: [],
    arrived: [
      {
        site: ids.liberec,
        siteName: 'Centrum Liberec',
        operations: 80,
        clients: 3,
        acts: 11,
        courses: 1,
        loans: 2,
      },
    ],
    isAlreadyImported: false,
    isDryRun: false,
    ...overrides,
  };
}

export function runStatus(overrides: Partial<SyncRunStatus> = {}): SyncRunStatus {
  return {
    jobId: 'job-1',
    state: 'running',
    progress: { step: 'import', done: 1, total: 3, file: 'a.pristav-sync' },
    imported: [],
    exported: [],
    skipped: [],
    error: null,
    ...overrides,
  };
}
