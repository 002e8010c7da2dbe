import { csClients } from './cs-clients.ts';
import { csCourses } from './cs-courses.ts';
import { csImport } from './cs-import.ts';
import { csDemo } from './cs-demo.ts';
import { csLibrary } from './cs-library.ts';
import { csReception } from './cs-reception.ts';
import { csReportSubmission } from './cs-report-submission.ts';
import { csReports } from './cs-reports.ts';
import { csReview } from './cs-review.ts';
import { csServices } from './cs-services.ts';
import { csSession } from './cs-session.ts';
import { csSync } from './cs-sync.ts';
import { csUsers } from './cs-users.ts';
import { csGdpr } from './cs-gdpr.ts';
import { csAudit } from './cs-audit.ts';
import { csBackups } from './cs-backups.ts';
import { csPartners } from './cs-partners.ts';
import { csEvents } from './cs-events.ts';
import { csForms } from './cs-forms.ts';
import { csSiteSettings } from './cs-site-settings.ts';

/** Czech texts, the app's first language; en.ts must have the same shape. */
export const cs = {
  app: {
    name: 'Přístav',
    tagline: 'Evidence integračního centra',
    skipToContent: 'Přeskočit na obsah',
    loading: 'Načítám…',
    retry: 'Zkusit znovu',
    close: 'Zavřít',
    clear: 'Vymazat',
    pagination: {
      first: 'První stránka',
      previous: 'Předchozí stránka',
      next: 'Další stránka',
      last: 'Poslední stránka',
    },
  },
  health: {
    failedTitle: 'Databáze je poškozená – zápis je zastaven',
    failedText:
      'Kontrola databáze našla chybu ({{detail}}). Aby se poškození nešířilo, Přístav nic nového neukládá; záznamy lze dál číst a exportovat. Obnovte databázi ze zálohy, nebo se obraťte na správce.',
  },
  language: {
    label: 'Jazyk',
  },
  common: {
    cancel: 'Zrušit',
  },
  dates: {
    placeholder: 'd. m. rrrr',
    today: 'Dnes',
    previousMonth: 'Předchozí měsíc',
    nextMonth: 'Další měsíc',
    previousYear: 'Předchozí rok',
    nextYear: 'Další rok',
    previousDecade: 'Předchozí desetiletí',
    nextDecade: 'Další desetiletí',
  },
  clients: csClients,
  library: csLibrary,
  demo: csDemo,
  services: csServices,
  reception: csReception,
  reportSubmission: csReportSubmission,
  reports: csReports,
  courses: csCourses,
  legacyImport: csImport,
  sync: csSync,
  review: csReview,
  session: csSession,
  users: csUsers,
  gdpr: csGdpr,
  audit: csAudit,
  backups: csBackups,
  partners: csPartners,
  events: csEvents,
  forms: csForms,
  siteSettings: csSiteSettings,
  nav: {
    label: 'Hlavní navigace',
    home: 'Domů',
    reception: 'Recepce',
    clients: 'Klienti',
    services: 'Služby',
    courses: 'Kurzy',
    library: 'Knihovna',
    partners: 'Partneři',
    events: 'Akce',
    reports: 'Přehledy',
    sync: 'Synchronizace',
    review: 'K posouzení',
    reviewCount: '{{count}} k posouzení',
    settings: 'Nastavení',
  },
  areas: {
    reception: {
      summary: 'Rychlý zápis návštěv: internet, knihovna, poradenství.',
    },
    clients: {
      summary: 'Evidence klientů, jejich údajů a kontaktů.',
    },
    services: {
      summary: 'Poradenství, internet, tlumočení – každý úkon.',
    },
    courses: {
      summary: 'Kurzy češtiny, sociokulturní a PC kurzy, docházka.',
    },
    library: {
      summary: 'Cizojazyčná knihovna: výpůjčky a vrácení.',
    },
    partners: {
      summary: 'Úřady a organizace regionální platformy, na které centrum odkazuje klienty.',
    },
    events: {
      summary: 'Setkání platformy, konference a informační setkání s jejich účastníky.',
    },
    reports: {
      summary: 'Souhrny pro vedení a poskytovatele dotací.',
    },
    sync: {
      summary: 'Výměna dat mezi pobočkami a ústředím.',
    },
    review: {
      summary: 'Údaje změněné na dvou pracovištích zároveň: vyberte, která hodnota platí.',
    },
    settings: {
      summary: 'Pracoviště a organizace, financování, otevírací doba, výpůjčky, zálohy.',
    },
  },
  startup: {
    loading: 'Otevírám databázi…',
    errorTitle: 'Přístav nelze spustit',
  },
  firstRun: {
    title: 'Založení pracoviště',
    intro:
      'Přístav na tomto počítači ještě není nastaven. Vyplňte údaje o pracovišti a o sobě – stanete se jeho správcem.',
    name: 'Název pracoviště',
    allRequired: 'Všechny údaje jsou povinné.',
    encrypted:
      'Záznamy se na tomto počítači uloží zašifrovaně: otevře je jen heslo některého z uživatelů.',
    town: 'Obec',
    townDescription: 'Vyberte z nabídky, nebo napište jinou obec.',
    type: 'Typ pracoviště',
    hq: 'Ústředí',
    hqDescription: 'Hlavní pracoviště, které shromažďuje data poboček.',
    branch: 'Pobočka',
    branchDescription: 'Pracoviště, které předává data ústředí.',
    adminName: 'Vaše jméno',
    adminNameDescription: 'Budete správcem tohoto pracoviště.',
    submit: 'Založit pracoviště',
    failed: 'Pracoviště se nepodařilo založit',
    created: 'Pracoviště {{name}} je založeno.',
    modeLabel: 'Jak začít',
    modeNew: 'Nové pracoviště',
    modeJoin: 'Připojit pobočku k organizaci',
    joinIntro:
      'Vyberte soubor pobočky, který připravilo ústředí, a opište jednorázové heslo, které vám sdělilo zvlášť. Stanete se správcem pobočky.',
    joinFile: 'Soubor pobočky',
    joinFileDescription: 'Soubor s příponou .pristav-enrol, který připravilo ústředí.',
    joinFilePlaceholder: 'Vyberte soubor .pristav-enrol',
    joinFileRequired: 'Vyberte soubor pobočky.',
    joinFileReadFailed: 'Soubor {{name}} se nepodařilo přečíst.',
    joinPassphrase: 'Jednorázové heslo',
    joinPassphraseDescription: 'Heslo, které vám ústředí sdělilo telefonem nebo na papíře.',
    joinPassphraseRequired: 'Opište jednorázové heslo.',
    joinAdminRequired: 'Zadejte své jméno.',
    joinSubmit: 'Připojit pobočku',
    joinFailed: 'Pobočku se nepodařilo připojit',
    joined: 'Pobočka {{name}} je připojena k organizaci.',
  },
  home: {
    greeting: 'Dobrý den, {{name}}',
    greetingAnonymous: 'Dobrý den',
    hq: 'Ústředí',
    branch: 'Pobočka',
    siteRole: 'Typ pracoviště',
    areasHeading: 'Oblasti aplikace',
    today: {
      title: 'Dnes',
      services: 'Služby',
      noActs: 'Dnes zatím nebyl zapsán žádný úkon.',
      walkIns: 'Neregistrovaní návštěvníci: {{count}}',
      toReception: 'Na recepci',
      lessons: 'Lekce',
      noLessons: 'Dnes nejsou žádné lekce.',
      lessonParticipants: 'zapsáno {{count}}',
      toCourses: 'Kurzy',
      overdue: 'Knihy po termínu',
      noOverdue: 'Žádná výpůjčka není po termínu.',
      overdueSince: 'měla být vrácena {{date}}',
      moreOverdue: 'a další ({{count}})',
      toLibrary: 'Do knihovny',
    },
  },
  settings: {
    intro: 'Údaje o organizaci, které Přístav uvádí v přehledech a exportech.',
    organisationName: 'Název organizace',
    organisationNameDescription: 'Celý název, jak má stát v hlavičce přehledů.',
    fundingLine: 'Řádek o financování',
    fundingLineDescription: 'Text o financování projektu, který se tiskne do zápatí přehledů.',
    defaultLanguage: 'Výchozí jazyk',
    save: 'Uložit nastavení',
    saved: 'Nastavení je uloženo.',
    loadFailed: 'Nastavení se nepodařilo načíst',
    saveFailed: 'Nastavení se nepodařilo uložit',
    readOnly: 'Tyto údaje mění správce.',
  },
};

export type Messages = typeof cs;
