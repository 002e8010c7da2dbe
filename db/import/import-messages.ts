import { fillPlaceholders, type Language, type Translated } from '../contract/language.ts';

/** The import's own words: problems of a line ('file:line: column: message') and summaries. */
const messages = {
  unreadableText: {
    cs: 'soubor nelze přečíst: není to text v kódování UTF-8 ani Windows-1250',
    en: 'the file cannot be read: it is not text in UTF-8 or Windows-1250',
  },
  unreadableUtf16: {
    cs: 'soubor je v kódování UTF-16; uložte ho jako „CSV UTF-8“ nebo CSV (oddělený středníkem)',
    en: 'the file is in UTF-16; save it as "CSV UTF-8" or as CSV (semicolon delimited)',
  },
  unreadableWorkbook: {
    cs: 'soubor nelze přečíst jako sešit XLSX',
    en: 'the file cannot be read as an XLSX workbook',
  },
  quoteNotClosed: {
    cs: 'uvozovky otevřené na tomto řádku nejsou nikde uzavřeny',
    en: 'the quote opened on this line is never closed',
  },
  badCsv: { cs: 'chybný zápis CSV ({detail})', en: 'malformed CSV ({detail})' },
  emptyFile: {
    cs: 'soubor je prázdný (chybí řádek se záhlavím)',
    en: 'the file is empty (no header line)',
  },
  unsupportedFile: {
    cs: 'není soubor CSV ani sešit XLSX',
    en: 'not a CSV file or an XLSX workbook',
  },
  notATable: {
    cs: 'není žádnou z tabulek importu (clients, services, courses, attendance, tallies)',
    en: 'not one of the import tables (clients, services, courses, attendance, tallies)',
  },
  sameTable: {
    cs: 'tabulka {table} už je v souboru {other}',
    en: 'table {table} is already in {other}',
  },
  noTables: {
    cs: 'žádný ze souborů není tabulkou importu (clients, services, courses, attendance, tallies)',
    en: 'none of the files is an import table (clients, services, courses, attendance, tallies)',
  },
  missingColumn: { cs: 'chybí povinný sloupec', en: 'required column missing' },
  unknownHeader: {
    cs: 'sloupec „{header}“ v souboru není',
    en: 'the file has no column "{header}"',
  },
  required: { cs: 'povinný údaj', en: 'required' },
  /** A message of the shared validation (the form's words), passed through. */
  schemaIssue: { cs: '{text}', en: '{text}' },
  invalidDate: {
    cs: 'neplatné datum „{value}“ (RRRR-MM-DD nebo D.M.RRRR)',
    en: 'invalid date "{value}" (YYYY-MM-DD or D.M.YYYY)',
  },
  invalidBirthDate: {
    cs: 'neplatné datum narození „{value}“ (RRRR-MM-DD, D.M.RRRR nebo jen rok; od 1900, ne v budoucnosti)',
    en: 'invalid birth date "{value}" (YYYY-MM-DD, D.M.YYYY or a year; from 1900, not in the future)',
  },
  dateInFuture: { cs: 'datum {value} je v budoucnosti', en: 'date {value} is in the future' },
  unknownCountry: { cs: 'neznámá země „{value}“', en: 'unknown country "{value}"' },
  unknownResidence: {
    cs: 'neznámý pobytový status „{value}“',
    en: 'unknown residence status "{value}"',
  },
  invalidSex: {
    cs: 'neplatné pohlaví „{value}“ (F, M, X nebo Ž)',
    en: 'invalid sex "{value}" (F, M, X or Ž)',
  },
  unknownServiceType: {
    cs: 'služba „{value}“ v katalogu služeb není',
    en: 'service "{value}" is not in the service catalogue',
  },
  courseServiceType: {
    cs: 'úkony „{value}“ se do services.csv nezapisují: vznikají z docházky v attendance.csv',
    en: '"{value}" acts do not belong in services.csv: they come from attendance.csv',
  },
  eventServiceType: {
    cs: 'účast na akci se do services.csv ani tallies.csv nezapisuje: zapisuje se u akce (Akce)',
    en: 'event attendance does not belong in services.csv or tallies.csv: it is recorded with the event',
  },
  tallyCourseType: {
    cs: 'kurzy nemají anonymní úkony, jen zapsané účastníky („{value}“)',
    en: 'courses have enrolled participants only, no anonymous acts ("{value}")',
  },
  unknownCourseKind: {
    cs: 'neznámý druh kurzu „{value}“ (czech_low_threshold, czech_intensive, sociocultural, pc)',
    en: 'unknown course kind "{value}" (czech_low_threshold, czech_intensive, sociocultural, pc)',
  },
  invalidPresent: {
    cs: 'neplatná účast „{value}“ (1/0, ano/ne, yes/no, x nebo prázdné)',
    en: 'invalid attendance "{value}" (1/0, ano/ne, yes/no, x or empty)',
  },
  invalidNumber: { cs: 'neplatné číslo „{value}“', en: 'invalid number "{value}"' },
  refCharacters: {
    cs: 'číslo obsahuje neviditelný řídicí znak, znak obracející směr textu nebo poškozený znak; opravte ho v souboru',
    en: 'the ref holds an invisible control character, a text-direction override or a broken character; fix it in the file',
  },
  duplicateRef: {
    cs: 'číslo „{value}“ je v souboru už na řádku {line}',
    en: 'ref "{value}" is already on line {line} of the file',
  },
  duplicateAttendance: {
    cs: 'tato docházka (kurz, klient, datum) je v souboru už na řádku {line}',
    en: 'this attendance (course, client, date) is already on line {line} of the file',
  },
  unknownClientRef: {
    cs: 'klient „{value}“ není v clients.csv ani mezi dříve importovanými klienty zdroje „{source}“',
    en: 'client "{value}" is neither in clients.csv nor imported earlier under source "{source}"',
  },
  unknownCourseRef: {
    cs: 'kurz „{value}“ není v courses.csv ani mezi dříve importovanými kurzy zdroje „{source}“',
    en: 'course "{value}" is neither in courses.csv nor imported earlier under source "{source}"',
  },
  clientDeleted: {
    cs: 'klient „{value}“ byl z evidence odstraněn',
    en: 'client "{value}" was removed from the register',
  },
  courseDeleted: {
    cs: 'kurz „{value}“ byl odstraněn',
    en: 'course "{value}" was deleted',
  },
  outsideCourse: {
    cs: 'lekce {value} je mimo termín kurzu ({start} – {end})',
    en: 'lesson {value} is outside the course dates ({start} – {end})',
  },
  lessonCancelled: {
    cs: 'lekce {value} je zrušená; docházku nelze zapsat',
    en: 'lesson {value} is cancelled; attendance cannot be recorded',
  },
  counts: {
    cs: 'klienti {clients}, úkony {services}, kurzy {courses}, lekce {lessons}, docházka {attendance}, anonymní úkony {tallies}, beze změny {unchanged}',
    en: 'clients {clients}, acts {services}, courses {courses}, lessons {lessons}, attendance {attendance}, anonymous acts {tallies}, unchanged {unchanged}',
  },
  problemsFound: {
    cs: 'Nalezené problémy: {count}; nic nebylo zapsáno.',
    en: 'Problems found: {count}; nothing was written.',
  },
  problemsFoundCut: {
    cs: 'Nalezené problémy: {count} (vypsáno prvních {shown}); nic nebylo zapsáno.',
    en: 'Problems found: {count} (the first {shown} listed); nothing was written.',
  },
  dryRunDone: {
    cs: 'Zkouška bez zápisu: žádný problém; import by zapsal: {counts}.',
    en: 'Dry run: no problems; the import would write: {counts}.',
  },
  importDone: { cs: 'Import dokončen: {counts}.', en: 'Import finished: {counts}.' },
  cancelled: {
    cs: 'Import byl zrušen; nic nebylo zapsáno.',
    en: 'The import was cancelled; nothing was written.',
  },
  failed: {
    cs: 'Import selhal, nic nebylo zapsáno: {reason}',
    en: 'The import failed, nothing was written: {reason}',
  },
} satisfies Record<string, Translated>;

export type ImportMessageKey = keyof typeof messages;

export function importMessage(
  key: ImportMessageKey,
  lang: Language,
  params: Record<string, string | number> = {},
): string {
  return fillPlaceholders(messages[key][lang], params);
}
