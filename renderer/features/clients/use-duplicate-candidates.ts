import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { isValidBirthDate, type DuplicateCandidate } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { normaliseBirthDate } from './client-format.ts';
import type { ClientForm } from './use-client-form-fields.ts';

/**
 * Likely matches of the person being typed, asked for after a pause in typing, so the worker
 * sees "this may be someone we know" before the duplicate exists.
 */
export function useDuplicateCandidates(form: ClientForm, excludeId?: string): DuplicateCandidate[] {
  const [isPseudonymous, familyName, givenNames, birthDate, nationality, phone] = useWatch({
    control: form.control,
    name: ['isPseudonymous', 'familyName', 'givenNames', 'birthDate', 'nationality', 'phone'],
  });
  const date = normaliseBirthDate(birthDate ?? '');
  const query = {
    familyName: familyName?.trim() ?? '',
    givenNames: givenNames?.trim() ?? '',
    // A half-typed date would only add noise to the match.
    birthDate: isValidBirthDate(date) ? date : null,
    nationality: nationality ?? '',
    phone: phone?.trim() ?? '',
    ...(excludeId ? { excludeId } : {}),
  };
  const hasName = query.familyName.length + query.givenNames.length >= 2;
  const [queryKey] = useDebouncedValue(
    isPseudonymous || !hasName ? '' : JSON.stringify(query),
    400,
  );
  const [answer, setAnswer] = useState<{ key: string; candidates: DuplicateCandidate[] }>({
    key: '',
    candidates: [],
  });

  useEffect(() => {
    if (queryKey === '') return;
    let isCurrent = true;
    void call('clients.duplicatesFor', JSON.parse(queryKey) as typeof query).then((result) => {
      // A failed check must not block registering: it shows nothing, as if no match were found.
      if (isCurrent) setAnswer({ key: queryKey, candidates: result.ok ? result.value : [] });
    });
    return () => {
      isCurrent = false;
    };
  }, [queryKey]);

  return answer.key === queryKey ? answer.candidates : [];
}
