import type { Messages } from './cs.ts';
import { enClients } from './en-clients.ts';
import { enCourses } from './en-courses.ts';
import { enImport } from './en-import.ts';
import { enDemo } from './en-demo.ts';
import { enLibrary } from './en-library.ts';
import { enReception } from './en-reception.ts';
import { enReportSubmission } from './en-report-submission.ts';
import { enReports } from './en-reports.ts';
import { enReview } from './en-review.ts';
import { enServices } from './en-services.ts';
import { enSession } from './en-session.ts';
import { enSync } from './en-sync.ts';
import { enUsers } from './en-users.ts';
import { enGdpr } from './en-gdpr.ts';
import { enAudit } from './en-audit.ts';
import { enBackups } from './en-backups.ts';
import { enPartners } from './en-partners.ts';
import { enEvents } from './en-events.ts';
import { enForms } from './en-forms.ts';
import { enSiteSettings } from './en-site-settings.ts';

export const en: Messages = {
  app: {
    name: 'Přístav',
    tagline: 'Records for an integration centre',
    skipToContent: 'Skip to content',
    loading: 'Loading…',
    retry: 'Try again',
    close: 'Close',
    clear: 'Clear',
    pagination: {
      first: 'First page',
      previous: 'Previous page',
      next: 'Next page',
      last: 'Last page',
    },
  },
  health: {
    failedTitle: 'The database is damaged – writing has stopped',
    failedText:
      'The database check found a problem ({{detail}}). So that the damage does not spread, Přístav saves nothing new; records can still be read and exported. Restore the database from a backup or contact your administrator.',
  },
  language: {
    label: 'Language',
  },
  common: {
    cancel: 'Cancel',
  },
  dates: {
    placeholder: 'dd/mm/yyyy',
    today: 'Today',
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    previousYear: 'Previous year',
    nextYear: 'Next year',
    previousDecade: 'Previous decade',
    nextDecade: 'Next decade',
  },
  clients: enClients,
  library: enLibrary,
  demo: enDemo,
  services: enServices,
  reception: enReception,
  reportSubmission: enReportSubmission,
  reports: enReports,
  courses: enCourses,
  legacyImport: enImport,
  sync: enSync,
  review: enReview,
  session: enSession,
  users: enUsers,
  gdpr: enGdpr,
  audit: enAudit,
  backups: enBackups,
  partners: enPartners,
  events: enEvents,
  forms: enForms,
  siteSettings: enSiteSettings,
  nav: {
    label: 'Main navigation',
    home: 'Home',
    reception: 'Reception',
    clients: 'Clients',
    services: 'Services',
    courses: 'Courses',
    library: 'Library',
    partners: 'Partners',
    events: 'Events',
    reports: 'Reports',
    sync: 'Synchronisation',
    review: 'To review',
    reviewCount: '{{count}} to review',
    settings: 'Settings',
  },
  areas: {
    reception: {
      summary: 'Quick visit log: internet, library, counselling.',
    },
    clients: {
      summary: 'Client records, personal details and contacts.',
    },
    services: {
      summary: 'Counselling, internet, interpreting – every act.',
    },
    courses: {
      summary: 'Czech, sociocultural and PC courses, attendance.',
    },
    library: {
      summary: 'Foreign-language library: loans and returns.',
    },
    partners: {
      summary: 'Offices and organisations of the regional platform the centre refers clients to.',
    },
    events: {
      summary: 'Platform meetings, conferences and information sessions with their participants.',
    },
    reports: {
      summary: 'Summaries for management and funders.',
    },
    sync: {
      summary: 'Exchange data between branches and headquarters.',
    },
    review: {
      summary: 'Fields changed at two sites at once: choose which value is right.',
    },
    settings: {
      summary: 'Site and organisation, funding, opening hours, loans, backups.',
    },
  },
  startup: {
    loading: 'Opening the database…',
    errorTitle: 'Přístav cannot start',
  },
  firstRun: {
    title: 'Set up this site',
    intro:
      'Přístav has not been set up on this computer yet. Fill in the details of the site and of yourself – you will become its administrator.',
    name: 'Site name',
    allRequired: 'All fields are required.',
    encrypted:
      'The records are stored encrypted on this computer: only a user’s password opens them.',
    town: 'Town',
    townDescription: 'Pick one from the list or type another town.',
    type: 'Site type',
    hq: 'Headquarters',
    hqDescription: 'The main site, which gathers the data of the branches.',
    branch: 'Branch',
    branchDescription: 'A site that passes its data to headquarters.',
    adminName: 'Your name',
    adminNameDescription: 'You will be the administrator of this site.',
    submit: 'Set up the site',
    failed: 'The site could not be set up',
    created: 'Site {{name}} is set up.',
    modeLabel: 'How to start',
    modeNew: 'New site',
    modeJoin: 'Join a branch to an organisation',
    joinIntro:
      'Choose the branch file that headquarters prepared and type the one-time passphrase it told you separately. You will become the branch administrator.',
    joinFile: 'Branch file',
    joinFileDescription: 'The .pristav-enrol file that headquarters prepared.',
    joinFilePlaceholder: 'Choose a .pristav-enrol file',
    joinFileRequired: 'Choose the branch file.',
    joinFileReadFailed: 'File {{name}} could not be read.',
    joinPassphrase: 'One-time passphrase',
    joinPassphraseDescription: 'The passphrase headquarters told you by phone or on paper.',
    joinPassphraseRequired: 'Type the one-time passphrase.',
    joinAdminRequired: 'Type your name.',
    joinSubmit: 'Join the branch',
    joinFailed: 'The branch could not join',
    joined: 'Branch {{name}} has joined the organisation.',
  },
  home: {
    greeting: 'Hello, {{name}}',
    greetingAnonymous: 'Hello',
    hq: 'Headquarters',
    branch: 'Branch',
    siteRole: 'Site type',
    areasHeading: 'Areas of the app',
    today: {
      title: 'Today',
      services: 'Services',
      noActs: 'No act has been recorded today yet.',
      walkIns: 'Unregistered visitors: {{count}}',
      toReception: 'To reception',
      lessons: 'Lessons',
      noLessons: 'No lessons today.',
      lessonParticipants: '{{count}} enrolled',
      toCourses: 'Courses',
      overdue: 'Overdue books',
      noOverdue: 'No loan is overdue.',
      overdueSince: 'due {{date}}',
      moreOverdue: 'and {{count}} more',
      toLibrary: 'To the library',
    },
  },
  settings: {
    intro: 'Details of the organisation that Přístav prints in reports and exports.',
    organisationName: 'Organisation name',
    organisationNameDescription: 'The full name, as it should appear in report headers.',
    fundingLine: 'Funding line',
    fundingLineDescription: 'The sentence about project funding printed at the foot of reports.',
    defaultLanguage: 'Default language',
    save: 'Save settings',
    saved: 'Settings saved.',
    loadFailed: 'Settings could not be loaded',
    saveFailed: 'Settings could not be saved',
    readOnly: 'An administrator changes these.',
  },
};
