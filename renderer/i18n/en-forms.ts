import type { csForms } from './cs-forms.ts';

export const enForms: typeof csForms = {
  leave: {
    title: 'Discard unsaved changes?',
    text: 'The form has changes that are not saved yet. If you leave now, they will be lost.',
    stay: 'Stay in the form',
    discard: 'Discard changes',
  },
  dateErrors: {
    invalidDate: 'invalid date – type it like 12/05/1990',
    invalidBirthDate:
      'invalid birth date – type it like 12/05/1990, or just the year 1990 (from 1900, not in the future)',
  },
};
