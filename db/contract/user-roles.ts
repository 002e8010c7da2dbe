import { type Role, roles } from './users.ts';

/**
 * A stored role as one of today's roles. Databases from before sign-in hold 'worker' and
 * 'reception' (renamed, same meaning); anything unknown gets the narrowest role, never more.
 */
export function toRole(stored: string): Role {
  if ((roles as readonly string[]).includes(stored)) return stored as Role;
  if (stored === 'worker') return 'social_worker';
  if (stored === 'reception') return 'receptionist';
  return 'lecturer';
}
