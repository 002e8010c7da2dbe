import { password, validationMessages, type Language } from '../../../db/contract/index.ts';

/**
 * What is wrong with a new password typed twice, in the UI language: the contract's own rule
 * (8 characters, or a PIN of 6 digits), then whether the two agree. Null when it is fine.
 */
export function newPasswordProblems(
  value: string,
  repeat: string,
  language: Language,
  mismatch: string,
): { password?: string; repeat?: string } {
  const parsed = password.safeParse(value);
  if (!parsed.success) {
    const key = parsed.error.issues[0]?.message ?? 'invalidType';
    const texts = validationMessages[key] ?? validationMessages.invalidType!;
    return { password: texts[language] };
  }
  return value === repeat ? {} : { repeat: mismatch };
}
