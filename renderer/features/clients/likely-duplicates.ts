import { isValidBirthDate, type DuplicateCandidate } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import type { ClientFormOutput } from './client-form-values.ts';

/** From this score on, saving asks "Přesto uložit?" (the duplicates page lists from 60 too). */
export const likelyDuplicateScore = 60;

/**
 * The records the person being saved most likely is already, asked at the moment of saving
 * (the warning beside the names may not have answered yet for the last keystrokes). A failed
 * check does not stop the save: it answers with none.
 */
export async function findLikelyDuplicates(
  values: ClientFormOutput,
  excludeId: string | undefined,
): Promise<DuplicateCandidate[]> {
  if (values.isPseudonymous) return [];
  const birthDate = values.birthDate ?? '';
  const result = await call('clients.duplicatesFor', {
    familyName: values.familyName ?? '',
    givenNames: values.givenNames ?? '',
    birthDate: isValidBirthDate(birthDate) ? birthDate : null,
    nationality: values.nationality,
    phone: values.phone ?? '',
    ...(excludeId ? { excludeId } : {}),
  });
  return result.ok ? result.value.filter((found) => found.score >= likelyDuplicateScore) : [];
}
