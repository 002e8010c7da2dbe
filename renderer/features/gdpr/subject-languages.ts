import { isSubjectLanguage, type SubjectLanguage } from '../../../db/contract/index.ts';

/** Each language named in itself: the client, not the worker, reads the export. */
export const subjectLanguageNames: Record<SubjectLanguage, string> = {
  cs: 'Čeština',
  en: 'English',
  uk: 'Українська',
  ru: 'Русский',
  vi: 'Tiếng Việt',
  mn: 'Монгол',
};

/** The client's preferred language when the export speaks it, else Czech (as the API does). */
export function defaultSubjectLanguage(preferred: string): SubjectLanguage {
  return isSubjectLanguage(preferred) ? preferred : 'cs';
}
