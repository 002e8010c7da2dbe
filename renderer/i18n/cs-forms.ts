/** What every form says the same way: leaving with changes, dates as they are typed. */
export const csForms = {
  leave: {
    title: 'Zahodit neuložené změny?',
    text: 'Ve formuláři jsou změny, které ještě nejsou uložené. Když teď odejdete, ztratí se.',
    stay: 'Zůstat ve formuláři',
    discard: 'Zahodit změny',
  },
  // The contract says RRRR-MM-DD (what the API and the CLI take); a form is typed the Czech way.
  dateErrors: {
    invalidDate: 'neplatné datum – napište ho např. jako 12. 5. 1990',
    invalidBirthDate:
      'neplatné datum narození – napište ho např. jako 12. 5. 1990, nebo jen rok 1990 (od roku 1900, ne v budoucnosti)',
  },
};
