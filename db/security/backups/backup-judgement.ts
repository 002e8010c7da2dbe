import { basename } from 'node:path';
import type { BackupEntry } from '../../contract/backups.ts';
import { PristavError } from '../../errors.ts';
import { knownSchemaVersion, migrations } from '../../migrations/index.ts';
import { readLocalMeta } from '../../changes/index.ts';
import type { Store } from '../../store.ts';
import type { ParsedBackupName } from './backup-name.ts';
import type { FileFacts } from './backup-worker.ts';

/** Who the live database is: a backup is restored only into the site it was taken of. */
export interface LiveIdentity {
  siteId: string | null;
  organisationId: string | null;
  /** The live file's key: a backup must open with it, or it is not this database's. */
  key: string | undefined;
}

export function liveIdentityOf(store: Store): LiveIdentity {
  const meta = (name: string) => {
    try {
      return readLocalMeta(store, name);
    } catch {
      return null;
    }
  };
  return { siteId: meta('site_id'), organisationId: meta('organisation_id'), key: store.key };
}

/**
 * Why this database cannot be restored from the file, as the one error a person is shown, or
 * null when it can. Cheap checks come first (can it be opened with the key, is it Přístav's,
 * is it this site's); damage is judged from the page check when the facts carry one.
 * `verify`: a copy just written of this very database, which may have no site yet (a file
 * upgraded before its first-run setup): it must only be what the database is.
 */
export function judgeBackup(
  facts: FileFacts,
  live: LiveIdentity,
  purpose: 'restore' | 'verify' = 'restore',
): PristavError | null {
  const path = facts.path;
  if (facts.error) {
    const code = facts.error.code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EPERM') {
      return new PristavError('BACKUP_NOT_FOUND', { path });
    }
    if (code === 'ENOTREG') return new PristavError('BACKUP_NOT_PRISTAV', { path });
    if (code === 'SQLITE_NOTADB' && !facts.isPlain) {
      return new PristavError(live.key === undefined ? 'BACKUP_ENCRYPTED' : 'BACKUP_WRONG_KEY', {
        path,
      });
    }
    if (code === 'SQLITE_NOTADB' && live.key !== undefined) {
      return new PristavError(facts.isPlainPristav ? 'BACKUP_UNENCRYPTED' : 'BACKUP_NOT_PRISTAV', {
        path,
      });
    }
    return new PristavError('BACKUP_DAMAGED', { path, detail: facts.error.message });
  }
  if (facts.migrations === null || facts.migrations.length === 0) {
    return new PristavError('BACKUP_NOT_PRISTAV', { path });
  }
  if (facts.migrations.some((name) => !(name in migrations))) {
    return new PristavError('BACKUP_TOO_NEW', {
      path,
      found: facts.migrations.length,
      known: knownSchemaVersion,
    });
  }
  if (facts.siteId === null && purpose === 'restore') {
    return new PristavError('BACKUP_NO_SITE', { path });
  }
  if (
    live.organisationId !== null &&
    facts.organisationId !== null &&
    facts.organisationId !== live.organisationId
  ) {
    return new PristavError('BACKUP_OTHER_ORGANISATION', { path });
  }
  if ((live.siteId !== null || purpose === 'verify') && facts.siteId !== live.siteId) {
    const site =
      [facts.siteName, facts.siteTown].filter(Boolean).join(', ') || (facts.siteId ?? '—');
    return new PristavError('BACKUP_OTHER_SITE', { path, site });
  }
  if (facts.problems && facts.problems.length > 0) {
    return new PristavError('BACKUP_DAMAGED', {
      path,
      detail: facts.problems.slice(0, 3).join('; '),
    });
  }
  return null;
}

/** What went wrong with a copy that failed its verification, for the one-line message. */
export function verificationDetail(facts: FileFacts, problem: PristavError): string {
  if (facts.error) return facts.error.message;
  if (facts.problems && facts.problems.length > 0) return facts.problems.slice(0, 3).join('; ');
  return problem.code;
}

/** One line of the listing: what the name says and what the file holds. */
export function toBackupEntry(
  facts: FileFacts,
  parsed: ParsedBackupName,
  problem: BackupEntry['problem'],
): BackupEntry {
  return {
    file: facts.path,
    name: basename(facts.path),
    takenAt: parsed.takenAt,
    reason: parsed.reason,
    bytes: facts.bytes,
    site:
      facts.siteId === null
        ? null
        : { id: facts.siteId, name: facts.siteName ?? '', town: facts.siteTown ?? '' },
    schemaVersion: facts.migrations?.length ?? null,
    counts: facts.counts,
    problem,
  };
}
