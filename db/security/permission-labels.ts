import type { MethodName } from '../contract/method-names.ts';
import type { RowRuleAction } from '../contract/permission-words.ts';
import type { Role } from '../contract/users.ts';
import { PristavError } from '../errors.ts';

/**
 * The one refusal of the permission rules (the table, or a rule about the row): names the user,
 * their role and what they tried — as codes (the role, the method or the row rule), which the
 * API words in the asker's language (contract/error-params.ts, permission-words.ts).
 */
export function permissionDenied(
  user: { name: string; role: Role } | null,
  action: MethodName | RowRuleAction,
): PristavError {
  return new PristavError('PERMISSION_DENIED', {
    user: user?.name ?? '',
    role: user?.role ?? '',
    action,
  });
}
