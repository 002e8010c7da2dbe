import type { User } from '../contract/domain.ts';
import type { ServiceAct } from '../contract/services.ts';
import { PristavError } from '../errors.ts';
import { permissionDenied } from './permission-labels.ts';
import { confidentialReaders } from './permissions.ts';

/*
 * Counselling notes marked confidential are for social workers and administrators only
 * (issue 12). Every method that returns such a note passes it through here; lists (the
 * timeline) never carry them at all.
 */

export function canReadConfidential(user: User | null): boolean {
  return user !== null && confidentialReaders.has(user.role);
}

/** The act as this user may see it: a confidential note is left out, its existence is not. */
export function redactAct<T extends Pick<ServiceAct, 'isConfidential' | 'note'>>(
  act: T,
  user: User | null,
): T {
  return act.isConfidential && !canReadConfidential(user) ? { ...act, note: '' } : act;
}

export function confidentialDenied(user: User | null): PristavError {
  return permissionDenied(user, 'confidentialNotes');
}

type DumpRows = Record<string, Record<string, unknown>[]>;

/**
 * `dump` as this user may see it: confidential notes left out for a role that may not read
 * them, and password hashes never printed (a salted scrypt hash is still something to guess
 * against offline); whether a user has a password stays visible.
 */
export function redactDump<T extends DumpRows>(data: T, user: User | null): T {
  const mayRead = canReadConfidential(user);
  return Object.fromEntries(
    Object.entries(data).map(([table, rows]) => [
      table,
      rows.map((row) => {
        if (table === 'service_acts' && row.is_confidential === 1 && !mayRead) {
          return { ...row, note: '' };
        }
        if (
          table === 'users' &&
          typeof row.password_hash === 'string' &&
          row.password_hash !== ''
        ) {
          return { ...row, password_hash: 'scrypt' };
        }
        return row;
      }),
    ]),
  ) as T;
}
