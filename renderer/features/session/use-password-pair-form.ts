import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../state/ui-store.ts';
import { newPasswordProblems } from './password-check.ts';

type PairField = 'password' | 'repeat';

interface PasswordPairFormOptions<Field extends string> {
  /** The form's other fields, top to bottom, all above the pair. */
  fieldsAbove: readonly Field[];
  /** The first password's data-field (the repeat's is `${it}-repeat`); the others use their name. */
  pairDataField: string;
  /** What is wrong with the other fields, in the UI language. */
  check: () => Partial<Record<Field, string>>;
  /** Sends the form once every field is right; answers with the refusal to show, or null. */
  save: (password: string) => Promise<string | null>;
  /** Whether a new try hides the last refusal before the fields are checked (or only once sent). */
  clearsRefusalFirst?: boolean;
}

/**
 * A form that ends with a new password typed twice (adding a user, setting or changing a
 * password, joining a branch): its values, the problems found, the API's refusal and the
 * busy flag. A wrong field takes the focus, the first one from the top.
 */
export function usePasswordPairForm<Field extends string>(options: PasswordPairFormOptions<Field>) {
  const { fieldsAbove, pairDataField, check, save, clearsRefusalFirst = false } = options;
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const [passwords, setPasswords] = useState({ password: '', repeat: '' });
  const [errors, setErrors] = useState<Partial<Record<Field | PairField, string>>>({});
  const [apiError, setApiError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (clearsRefusalFirst) setApiError(null);
    // (TypeScript cannot merge the two records of a generic key by itself.)
    const found = {
      ...check(),
      ...newPasswordProblems(
        passwords.password,
        passwords.repeat,
        language,
        t('session.password.mismatch'),
      ),
    } as Partial<Record<Field | PairField, string>>;
    setErrors(found);
    const order: readonly (Field | PairField)[] = [...fieldsAbove, 'password', 'repeat'];
    const firstWrong = order.find((name) => found[name]);
    if (firstWrong) {
      const field =
        firstWrong === 'password'
          ? pairDataField
          : firstWrong === 'repeat'
            ? `${pairDataField}-repeat`
            : firstWrong;
      event.currentTarget.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus();
      return;
    }
    setBusy(true);
    setApiError(null);
    const refusal = await save(passwords.password);
    setBusy(false);
    setApiError(refusal);
  };

  return { passwords, setPasswords, errors, setErrors, apiError, isBusy, submit, pairDataField };
}

export type PasswordPairForm = ReturnType<typeof usePasswordPairForm>;
