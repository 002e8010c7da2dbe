import type { csSiteSettings } from './cs-site-settings.ts';

export const enSiteSettings: typeof csSiteSettings = {
  site: {
    title: 'Site',
    intro: 'This site’s name and town, as reports, printouts and the other offices show them.',
    name: 'Site name',
    town: 'Town',
    save: 'Save name and town',
    saved: 'The site is now called {{name}} ({{town}}).',
    failed: 'The name and town could not be saved',
  },
  storage: {
    title: 'Where the data lives',
    intro: 'Files on this computer. Keep backups somewhere other than the same disk.',
    database: 'Database',
    backups: 'Backups',
    backupsDefault: 'A folder beside the database (choose another under Backups below).',
    encrypted: 'The database is encrypted.',
    plain: 'The database is not encrypted.',
    loadFailed: 'Where the data lives could not be found out',
  },
  library: {
    loanDays: 'Loan period (days)',
    loanDaysDescription: 'How many days a book is lent for, and how far a renewal moves it.',
  },
  hours: {
    legend: 'Opening hours',
    description:
      'The reception and the services overview show from them when the centre is open, and skip closed days.',
    open: 'Open',
    opens: 'from',
    closes: 'until',
    openLabel: '{{day}}: open',
    opensLabel: '{{day}}: opens at',
    closesLabel: '{{day}}: closes at',
    closed: 'closed',
    days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  },
  dayHours: {
    open: 'Open {{opens}}–{{closes}}',
    closed: 'Closed',
  },
};
