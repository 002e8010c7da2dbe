import type { csReception } from './cs-reception.ts';

/** English texts of the reception screen; the same shape as cs-reception.ts. */
export const enReception: typeof csReception = {
  intro: 'Find the client, Enter picks them, one key records the service.',
  search: {
    label: 'Client',
    hint: 'Names without accents work too. Arrows choose, Enter confirms, Esc clears.',
    placeholder: 'Family name, given name, nickname…',
    none: 'Nobody of that name is registered. Count an unregistered visitor below as anonymous.',
  },
  choice: {
    for: 'Service for',
    otherPerson: 'Another client',
    hint: 'Press the service’s letter, or reach it with Tab or the arrows and press Enter.',
    internet: 'Internet',
    library: 'Library',
    loan: 'Loan…',
    counselling: 'Counselling',
    other: 'Other…',
    counsellingHint: 'socio-legal',
    libraryVisit: 'a visit without a loan (reading room, newspapers)',
    loanOpens: 'opens a book loan',
    archived: 'the service is archived in the catalogue',
    noOther: 'the catalogue has no other service',
    computer: 'Computer number (optional)',
    computerHint: 'Enter records internet use on this computer.',
  },
  walkIns: {
    title: 'Unregistered visitors',
    hint: 'A visitor without a record in the register is only counted.',
    internet: '+1 anonymous internet',
    library: '+1 anonymous library',
    counted: 'Anonymous visit counted: {{service}}. Anonymous today in total: {{count}}.',
    failed: 'The visit could not be counted',
  },
  undo: {
    button: 'Undo',
    label: 'Undo: {{what}}',
    undone: 'Undone: {{what}}',
    failed: 'It could not be undone',
  },
  today: {
    title: 'Today',
    titleWithDate: 'Today, {{date}}',
    closedToday: 'The centre is closed today by its opening hours.',
    countsLabel: 'Today’s services by type',
    actsTitle: 'Today’s acts',
    noActs: 'No act has been recorded today yet.',
  },
};
