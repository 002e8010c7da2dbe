import { z } from 'zod';
import { isoDate, requiredName } from './input-rules.ts';

/**
 * Who may do what is decided by the role alone (db/security/permissions.ts):
 * - admin: everything, users and backups included;
 * - coordinator: reports, imports, sync, every site's data — but not confidential notes;
 * - social_worker: clients, acts and their confidential counselling notes, courses, library;
 * - receptionist: the register, reception, library and internet — no notes;
 * - lecturer: their own courses (participants' names, attendance, sheets) and nothing else.
 */
export const roles = ['admin', 'coordinator', 'social_worker', 'receptionist', 'lecturer'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, { cs: string; en: string }> = {
  admin: { cs: 'Správce', en: 'Administrator' },
  coordinator: { cs: 'Koordinátor', en: 'Coordinator' },
  social_worker: { cs: 'Sociální pracovník', en: 'Social worker' },
  receptionist: { cs: 'Recepce', en: 'Receptionist' },
  lecturer: { cs: 'Lektor', en: 'Lecturer' },
};

/** At least 8 characters, or a PIN of at least 6 digits (a shared desk PC, a short code). */
export const password = z
  .string({ error: 'required' })
  .min(1, { error: 'required' })
  .max(200, { error: 'tooLong' })
  .refine((value) => /^\d{6,}$/.test(value) || value.length >= 8, { error: 'passwordTooShort' });

export const signInInput = z.strictObject({
  userName: requiredName(100),
  password: z.string({ error: 'required' }).min(1, { error: 'required' }).max(200),
});
export type SignInInput = z.infer<typeof signInInput>;

export const userAddInput = z.strictObject({
  userName: requiredName(100),
  role: z.enum(roles, { error: 'invalidChoice' }),
  password,
});
export type UserAddInput = z.infer<typeof userAddInput>;

export const userNameInput = z.strictObject({ userName: requiredName(100) });

export const passwordSetInput = z.strictObject({
  /** Omitted: the signed-in user's own password, which then needs the current one. */
  userName: requiredName(100).optional(),
  currentPassword: z.string().max(200).optional(),
  password,
});
export type PasswordSetInput = z.infer<typeof passwordSetInput>;

export interface UserSummary {
  id: string;
  name: string;
  role: Role;
  siteId: string | null;
  siteName: string;
  hasPassword: boolean;
  isDisabled: boolean;
}

/** What the start screen needs: whether someone must sign in, and who is signed in. */
export interface SessionStatus {
  /** False until a user has a password (a database from before sign-in, or a bare CLI init). */
  isSignInRequired: boolean;
  user: { id: string; name: string; role: Role } | null;
  /** Signed in, but idle too long: the same user signs in again to go on. */
  isLocked: boolean;
  /** Minutes of inactivity after which the session locks. */
  idleLockMinutes: number;
}

/** GDPR erasure (HQ only): the person and why; the reason travels, so it names no one. */
export const clientEraseInput = z.strictObject({
  clientId: z.string({ error: 'required' }).min(1, { error: 'required' }).max(100),
  reason: requiredName(300),
});
export type ClientEraseInput = z.infer<typeof clientEraseInput>;

export interface ErasureResult {
  /** The erased record and the records merged into it. */
  erased: string[];
  /** Acts, loans and attendance kept for the statistics, without personal text. */
  actsKept: number;
  notesEmptied: number;
  operationsStubbed: number;
}

/** The read and change audit, filtered (admin): CLI `audit`, the audit list. */
export const auditListInput = z
  .strictObject({
    clientId: z.string().max(100).optional(),
    userName: requiredName(100).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .optional();
export type AuditListInput = z.infer<typeof auditListInput>;

export interface AuditEntry {
  at: string;
  action: string;
  userId: string | null;
  userName: string;
  siteId: string | null;
  /** A client's record (open, change, export…), or null for a report drill-down or export. */
  clientId: string | null;
  /** What a drill-down or report export showed: period, town, list. */
  detail: string;
}
