import { type ErrorParams, paramsInLanguage } from './error-params.ts';
import { fillPlaceholders, type Language, type Translated } from './language.ts';

/** Error codes the API returns; the UI and the CLI turn them into messages with errorMessage(). */
export const errorCodes = [
  'VALIDATION',
  'UNKNOWN_METHOD',
  'NOT_INITIALISED',
  'SIGN_IN_REQUIRED',
  'SESSION_LOCKED',
  'SIGN_IN_FAILED',
  'SIGN_IN_WAIT',
  'PERMISSION_DENIED',
  'USER_EXISTS',
  'USER_NOT_FOUND',
  'USER_LAST_ADMIN',
  'PASSWORD_WRONG',
  'ALREADY_INITIALISED',
  'NOT_FOUND',
  'FORBIDDEN',
  'ALREADY_MERGED',
  'DUPLICATE',
  'INVALID_SERVICE_TYPE',
  'DATE_IN_FUTURE',
  'CLIENT_DELETED',
  'CONSENT_WITHDRAWN',
  'CLIENT_ANONYMISED',
  'CLIENT_NOT_INACTIVE',
  'LESSON_OUTSIDE_COURSE',
  'COURSE_FULL',
  'ALREADY_ENROLLED',
  'NOT_ENROLLED',
  'LESSON_CANCELLED',
  'NO_COPY_LEFT',
  'ALREADY_RETURNED',
  'DUE_BEFORE_LOAN',
  'DUE_OUT_OF_RANGE',
  'COPIES_ON_LOAN',
  'PARTNER_UNAVAILABLE',
  'EVENT_PARTICIPANTS_TOO_FEW',
  'EVENT_NOT_HELD_YET',
  'EVENT_ACT_LOCKED',
  'NOT_MERGED',
  'DEMO_NOT_EMPTY',
  'DEMO_RESUME_MISMATCH',
  'DB_NOT_FOUND',
  'DB_FOLDER_NOT_FOUND',
  'DB_ALREADY_EXISTS',
  'DB_UNREADABLE',
  'DB_KEY_FILE_DAMAGED',
  'DB_LOCKED',
  'DB_CORRUPT',
  'DB_TOO_NEW',
  'DB_BUSY',
  'IMPORT_RUNNING',
  'SYNC_FILE_NOT_RECOGNISED',
  'SYNC_FILE_TOO_NEW',
  'SYNC_FILE_TRUNCATED',
  'SYNC_FILE_HEADER_MALFORMED',
  'SYNC_FILE_OTHER_ORGANISATION',
  'SYNC_FILE_WRONG_RECIPIENT',
  'SYNC_FILE_UNKNOWN_SENDER',
  'SYNC_FILE_SIGNATURE_INVALID',
  'SYNC_FILE_CANNOT_DECRYPT',
  'SYNC_CRYPTO_SELF_TEST_FAILED',
  'SYNC_NO_ORGANISATION',
  'SYNC_HQ_ONLY',
  'SYNC_BRANCH_SENDS_TO_HQ',
  'SYNC_UNKNOWN_SITE',
  'SYNC_SITE_REVOKED',
  'SYNC_CLOCK_AHEAD',
  'SYNC_OPERATION_INVALID',
  'SYNC_REGISTRY_FROM_BRANCH',
  'SYNC_ERASURE_FROM_BRANCH',
  'SYNC_OTHER_SITES_FROM_BRANCH',
  'SYNC_BRANCH_RECEIVES_FROM_HQ',
  'SYNC_OWN_OPERATION_UNKNOWN',
  'SYNC_MASS_DELETE',
  'SYNC_SCHEMA_TOO_NEW',
  'ENROLMENT_WRONG_PASSPHRASE',
  'ENROLMENT_FILE_INVALID',
  'REVIEW_ITEM_NOT_FOUND',
  'REVIEW_VALUE_INVALID',
  'SYNC_FOLDER_NOT_SET',
  'SYNC_FOLDER_MISSING',
  'SYNC_RUNNING',
  'SYNC_JOB_NOT_FOUND',
  'BACKUP_FOLDER_MISSING',
  'BACKUP_FOLDER_RELATIVE',
  'BACKUP_FAILED',
  'BACKUP_VERIFY_FAILED',
  'BACKUP_NOT_FOUND',
  'BACKUP_IS_LIVE',
  'BACKUP_NOT_PRISTAV',
  'BACKUP_WRONG_KEY',
  'BACKUP_ENCRYPTED',
  'BACKUP_UNENCRYPTED',
  'BACKUP_DAMAGED',
  'BACKUP_TOO_NEW',
  'BACKUP_NO_SITE',
  'BACKUP_OTHER_SITE',
  'BACKUP_OTHER_ORGANISATION',
  'RESTORE_FAILED',
  'SITE_RENAME_AT_BRANCH',
  'BAD_REQUEST',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
}

const messages: Record<ErrorCode, Translated> = {
  VALIDATION: { cs: 'Neplatné údaje: {details}', en: 'Invalid input: {details}' },
  UNKNOWN_METHOD: { cs: 'Neznámá operace „{method}“.', en: 'Unknown operation "{method}".' },
  SIGN_IN_REQUIRED: {
    cs: 'Nejprve se přihlaste.',
    en: 'Sign in first.',
  },
  SESSION_LOCKED: {
    cs: 'Aplikace se po 15 minutách nečinnosti zamkla. {user}, přihlaste se znovu.',
    en: 'The app locked after 15 minutes without use. {user}, sign in again.',
  },
  SIGN_IN_FAILED: {
    cs: 'Nesprávné jméno nebo heslo.',
    en: 'Wrong name or password.',
  },
  SIGN_IN_WAIT: {
    cs: 'Příliš mnoho nezdařených pokusů o přihlášení. Zkuste to znovu za {seconds} s.',
    en: 'Too many failed sign-in attempts. Try again in {seconds} s.',
  },
  PERMISSION_DENIED: {
    cs: 'Uživatel {user} s rolí {role} nesmí {action}.',
    en: 'User {user} with the role {role} may not {action}.',
  },
  USER_EXISTS: {
    cs: 'Uživatel se jménem {user} už existuje (jména se nesmí lišit jen diakritikou nebo velikostí písmen).',
    en: 'A user named {user} already exists (names must differ by more than accents or case).',
  },
  USER_NOT_FOUND: {
    cs: 'Uživatel {user} neexistuje.',
    en: 'There is no user {user}.',
  },
  USER_LAST_ADMIN: {
    cs: 'Uživatel {user} je poslední aktivní správce; nejprve přidejte jiného správce.',
    en: '{user} is the last active administrator; add another administrator first.',
  },
  PASSWORD_WRONG: {
    cs: 'Současné heslo nesouhlasí.',
    en: 'The current password does not match.',
  },
  NOT_INITIALISED: {
    cs: 'Pracoviště ještě není založeno. Nejprve dokončete první spuštění.',
    en: 'This site has not been set up yet. Finish the first-run setup first.',
  },
  ALREADY_INITIALISED: {
    cs: 'Pracoviště už je založeno ({site}); databázi nelze založit znovu.',
    en: 'The site is already set up ({site}); the database cannot be set up again.',
  },
  NOT_FOUND: { cs: 'Záznam nebyl nalezen: {what}.', en: 'Record not found: {what}.' },
  FORBIDDEN: { cs: 'K této operaci nemáte oprávnění.', en: 'You are not allowed to do this.' },
  ALREADY_MERGED: {
    cs: 'Oba záznamy už jsou jedním klientem; není co slučovat.',
    en: 'Both records are already one client; there is nothing to merge.',
  },
  DUPLICATE: { cs: 'Záznam „{what}“ už existuje.', en: 'Record "{what}" already exists.' },
  INVALID_SERVICE_TYPE: {
    cs: 'Službu „{type}“ nelze zapsat jako úkon: {reason}.',
    en: 'Service "{type}" cannot be recorded as an act: {reason}.',
  },
  DATE_IN_FUTURE: {
    cs: 'Datum {date} je v budoucnosti; úkon lze zapsat nejpozději s dnešním datem.',
    en: 'Date {date} is in the future; an act can be recorded for today at the latest.',
  },
  CLIENT_DELETED: {
    cs: 'Záznam klienta byl z evidence odstraněn; úkon nelze zapsat.',
    en: 'The client was removed from the register; no act can be recorded.',
  },
  CONSENT_WITHDRAWN: {
    cs: 'Souhlas se zpracováním osobních údajů ({client}) byl odvolán {date}: nový úkon, výpůjčku, zápis do kurzu ani účast na lekci nelze zapsat. Byl-li souhlas znovu udělen, upravte nejprve údaje o souhlasu v kartě klienta.',
    en: 'Client {client} withdrew consent to the processing of personal data on {date}: no new act, loan, enrolment or lesson attendance can be recorded. If the consent was given again, update the consent details in the client’s record first.',
  },
  CLIENT_ANONYMISED: {
    cs: 'Záznam klienta byl anonymizován (pravidlo o době uchování údajů); nový úkon mu zapsat ani jeho údaje měnit nelze.',
    en: 'The client’s record was anonymised (the data retention rule); no new act can be recorded and the record cannot be changed.',
  },
  CLIENT_NOT_INACTIVE: {
    cs: '{client}: poslední kontakt {date}, tedy v posledních {years} letech; záznam nelze anonymizovat. Nic nebylo anonymizováno.',
    en: 'Client {client} was last in contact on {date}, within the last {years} years, and cannot be anonymised. Nothing was anonymised.',
  },
  LESSON_OUTSIDE_COURSE: {
    cs: 'Lekce {date} je mimo termín kurzu ({start} – {end}).',
    en: 'Lesson {date} is outside the course dates ({start} – {end}).',
  },
  COURSE_FULL: {
    cs: 'Kurz je plný (kapacita {capacity}); klienta nelze zapsat.',
    en: 'The course is full (capacity {capacity}); the client cannot be enrolled.',
  },
  ALREADY_ENROLLED: { cs: 'Zápis do kurzu už existuje.', en: 'The client is already enrolled.' },
  NOT_ENROLLED: {
    cs: '{client} nemá ke dni lekce zápis do kurzu; docházku nelze zapsat.',
    en: 'Client {client} is not enrolled on the day of the lesson; attendance cannot be recorded.',
  },
  LESSON_CANCELLED: {
    cs: 'Lekce {date} je zrušená; docházku nelze zapsat.',
    en: 'Lesson {date} is cancelled; attendance cannot be recorded.',
  },
  NO_COPY_LEFT: {
    cs: 'Kniha „{title}“ nemá volný výtisk (půjčeno výtisků: {copies} z {copies}).',
    en: 'No copy of "{title}" is left (on loan: {copies} of {copies}).',
  },
  ALREADY_RETURNED: {
    cs: 'Výpůjčka už byla vrácena {date}.',
    en: 'The loan was already returned on {date}.',
  },
  DUE_BEFORE_LOAN: {
    cs: 'Datum vrácení {due} je dřív než datum výpůjčky {date}.',
    en: 'The due date {due} is before the loan date {date}.',
  },
  DUE_OUT_OF_RANGE: {
    cs: 'Prodloužením by datum vrácení připadlo na {due}, po 31. 12. 2100; prodlužte o méně dní.',
    en: 'The renewal would move the due date to {due}, after 31/12/2100; renew by fewer days.',
  },
  COPIES_ON_LOAN: {
    cs: 'Výtisků nemůže být méně ({copies}), než kolik je jich právě půjčeno ({onLoan}).',
    en: 'There cannot be fewer copies ({copies}) than are on loan now ({onLoan}).',
  },
  PARTNER_UNAVAILABLE: {
    cs: 'Partnerská organizace {partner} v evidenci není nebo je archivovaná; odkázání na ni nelze zapsat.',
    en: 'Partner organisation {partner} is not in the register or is archived; a referral to it cannot be recorded.',
  },
  EVENT_PARTICIPANTS_TOO_FEW: {
    cs: 'Počet účastníků ({participants}) je menší než počet zapsaných registrovaných klientů ({clients}); opravte počet účastníků.',
    en: 'The number of participants ({participants}) is smaller than the registered clients listed ({clients}); correct the number of participants.',
  },
  EVENT_NOT_HELD_YET: {
    cs: 'Akce {date} ještě neproběhla; účast klientů lze zapsat až v den akce.',
    en: 'The event of {date} has not taken place yet; attendance can be recorded from its day on.',
  },
  EVENT_ACT_LOCKED: {
    cs: 'Účast na akci se mění na obrazovce Akce: datum, obec a druh úkonu určuje akce.',
    en: 'Attendance at an event is changed on the Events screen: the event sets its date, town and type.',
  },
  NOT_MERGED: {
    cs: 'Tento záznam není sloučený s jiným; není co oddělovat.',
    en: 'This record is not merged into another; there is nothing to separate.',
  },
  DEMO_NOT_EMPTY: {
    cs: 'Databáze už obsahuje klienty ({clients}); ukázková data lze nahrát jen do prázdné databáze.',
    en: 'The database already holds clients ({clients}); demo data can only go into an empty database.',
  },
  DEMO_RESUME_MISMATCH: {
    cs: 'Plnění ukázkovými daty ({clients} klientů, {years} let, seed {seed}) bylo přerušeno. Spusťte ho znovu se stejnými hodnotami a naváže tam, kde skončilo.',
    en: 'A demo fill ({clients} clients, {years} years, seed {seed}) was interrupted. Run it again with the same values and it continues where it stopped.',
  },
  DB_NOT_FOUND: {
    cs: 'Databáze {path} neexistuje. Založte ji příkazem init nebo v aplikaci.',
    en: 'Database {path} does not exist. Create it with the init command or in the app.',
  },
  DB_FOLDER_NOT_FOUND: {
    cs: 'Složka pro databázi {path} neexistuje.',
    en: 'The folder for database {path} does not exist.',
  },
  DB_ALREADY_EXISTS: {
    cs: 'Databáze {path} už existuje; nic nebylo změněno.',
    en: 'Database {path} already exists; nothing was changed.',
  },
  DB_KEY_FILE_DAMAGED: {
    cs: 'Soubor s klíči databáze {path} je poškozený nebo to není soubor s klíči Přístavu. Bez něj lze databázi otevřít jen klíčem z PRISTAV_DB_KEY.',
    en: 'The database key file {path} is damaged or is not a Přístav key file. Without it the database opens only with the key in PRISTAV_DB_KEY.',
  },
  DB_LOCKED: {
    cs: 'Databáze je zašifrovaná — přihlaste se svým jménem a heslem.',
    en: 'The database is encrypted — sign in with your name and password.',
  },
  DB_UNREADABLE: {
    cs: 'Soubor {path} není databáze Přístavu, je poškozený, nebo byl zadán nesprávný klíč.',
    en: 'File {path} is not a Přístav database, is damaged, or the key is wrong.',
  },
  DB_CORRUPT: {
    cs: 'Databáze {path} je poškozená (kontrola integrity: {detail}). Obnovte ji ze zálohy.',
    en: 'Database {path} is damaged (integrity check: {detail}). Restore it from a backup.',
  },
  DB_TOO_NEW: {
    cs: 'Databázi {path} vytvořila novější verze Přístavu (schéma {found}, tato verze zná {known}). Aktualizujte aplikaci.',
    en: 'Database {path} was written by a newer Přístav (schema {found}, this version knows {known}). Update the app.',
  },
  DB_BUSY: {
    cs: 'Databáze {path} je právě používána jiným programem. Zkuste to znovu.',
    en: 'Database {path} is in use by another program. Try again.',
  },
  IMPORT_RUNNING: {
    cs: 'Právě probíhá jiný import; počkejte na jeho dokončení, nebo ho zrušte.',
    en: 'Another import is running; wait for it to finish or cancel it.',
  },
  SYNC_FILE_NOT_RECOGNISED: {
    cs: 'Soubor {path} není synchronizační soubor Přístavu.',
    en: 'File {path} is not a Přístav sync file.',
  },
  SYNC_FILE_TOO_NEW: {
    cs: 'Soubor {path} má formát {found}, který tato verze Přístavu nezná (zná formát {known}). Aktualizujte aplikaci.',
    en: 'File {path} has sync format {found}, which this version of Přístav does not know (it knows format {known}). Update the app.',
  },
  SYNC_FILE_TRUNCATED: {
    cs: 'Soubor {path} je neúplný – nejspíš se nedokopíroval. Zkopírujte ho znovu.',
    en: 'File {path} is incomplete – it was probably not copied in full. Copy it again.',
  },
  SYNC_FILE_HEADER_MALFORMED: {
    cs: 'Soubor {path} má poškozenou hlavičku ({detail}); nelze ho načíst.',
    en: 'File {path} has a damaged header ({detail}); it cannot be read.',
  },
  SYNC_FILE_OTHER_ORGANISATION: {
    cs: 'Soubor {path} patří jiné organizaci; toto pracoviště ho nemůže načíst.',
    en: 'File {path} belongs to another organisation; this site cannot read it.',
  },
  SYNC_FILE_WRONG_RECIPIENT: {
    cs: 'Soubor {path} je určen jinému pracovišti ({recipient}), ne tomuto.',
    en: 'File {path} is addressed to another site ({recipient}), not this one.',
  },
  SYNC_FILE_UNKNOWN_SENDER: {
    cs: 'Soubor {path} poslalo pracoviště {sender}, které tato organizace nezná.',
    en: 'File {path} was sent by site {sender}, which this organisation does not know.',
  },
  SYNC_FILE_SIGNATURE_INVALID: {
    cs: 'Podpis souboru {path} nesouhlasí: soubor byl po odeslání změněn, nebo ho nepodepsalo pracoviště, za které se vydává.',
    en: 'The signature of file {path} does not match: the file was changed after it was sent, or it was not signed by the site it claims to come from.',
  },
  SYNC_FILE_CANNOT_DECRYPT: {
    cs: 'Soubor {path} nelze rozšifrovat: byl zašifrován pro jiný klíč tohoto pracoviště, nebo je poškozený.',
    en: 'File {path} cannot be decrypted: it was encrypted for another key of this site, or it is damaged.',
  },
  SYNC_CRYPTO_SELF_TEST_FAILED: {
    cs: 'Kontrola šifrovacích funkcí selhala ({check}); synchronizace je vypnutá. Přeinstalujte aplikaci, nebo se obraťte na správce.',
    en: 'The check of the encryption functions failed ({check}); synchronisation is disabled. Reinstall the app or contact the administrator.',
  },
  SYNC_NO_ORGANISATION: {
    cs: 'Toto pracoviště zatím nepatří k žádné organizaci: ústředí ho musí přidat jako pobočku, nebo zde založte organizaci (pristav init --hq).',
    en: 'This site does not belong to an organisation yet: HQ must enrol it as a branch, or create an organisation here (pristav init --hq).',
  },
  SYNC_HQ_ONLY: {
    cs: 'To smí jen ústředí organizace ({hq}).',
    en: "Only the organisation's headquarters ({hq}) may do this.",
  },
  SYNC_BRANCH_SENDS_TO_HQ: {
    cs: 'Pobočka posílá soubory jen ústředí ({hq}).',
    en: 'A branch sends files to headquarters ({hq}) only.',
  },
  SYNC_UNKNOWN_SITE: {
    cs: 'Pracoviště {site} v této organizaci není.',
    en: 'Site {site} is not part of this organisation.',
  },
  SYNC_SITE_REVOKED: {
    cs: 'Pracoviště {site} má zrušený přístup; soubor {path} se nenačetl.',
    en: 'Site {site} has been revoked; file {path} was not imported.',
  },
  SYNC_CLOCK_AHEAD: {
    cs: 'Soubor {path} od pracoviště {site} obsahuje změny s časem {time}, víc než 12 hodin v budoucnosti. Zkontrolujte datum a čas na počítači pracoviště {site}; soubor se nenačetl.',
    en: 'File {path} from {site} holds changes stamped {time}, more than 12 hours in the future. Check the date and time of the computer at {site}; the file was not imported.',
  },
  SYNC_OPERATION_INVALID: {
    cs: 'Soubor {path} má neplatnou operaci č. {index} ({detail}); soubor se nenačetl.',
    en: 'File {path} has an invalid operation no. {index} ({detail}); the file was not imported.',
  },
  SYNC_REGISTRY_FROM_BRANCH: {
    cs: 'Soubor {path} od pobočky {site} mění seznam pracovišť nebo změny ústředí, což smí jen ústředí; soubor se nenačetl.',
    en: "File {path} from branch {site} changes the site registry or headquarters' changes, which only headquarters may do; the file was not imported.",
  },
  SYNC_ERASURE_FROM_BRANCH: {
    cs: 'Soubor {path} od pobočky {site} obsahuje výmaz osoby (GDPR), který smí nařídit jen ústředí; soubor se nenačetl.',
    en: 'File {path} from branch {site} holds a GDPR erasure, which only headquarters may order; the file was not imported.',
  },
  SYNC_OTHER_SITES_FROM_BRANCH: {
    cs: 'Soubor {path} od pobočky {site} obsahuje změny pracoviště {origin}; pobočka smí posílat jen své vlastní změny, soubor se nenačetl.',
    en: 'File {path} from branch {site} holds changes made at {origin}; a branch may send only its own changes, so the file was not imported.',
  },
  SYNC_BRANCH_RECEIVES_FROM_HQ: {
    cs: 'Soubor {path} poslala pobočka {site}; pobočka načítá soubory jen od ústředí ({hq}), soubor se nenačetl.',
    en: 'File {path} was sent by branch {site}; a branch imports files from headquarters ({hq}) only, so the file was not imported.',
  },
  SYNC_OWN_OPERATION_UNKNOWN: {
    cs: 'Soubor {path} obsahuje změnu č. {counter} tohoto pracoviště, kterou tato databáze nemá (byla obnovena ze zálohy?); soubor se nenačetl.',
    en: 'File {path} holds change no. {counter} of this site, which this database does not have (was it restored from a backup?); the file was not imported.',
  },
  SYNC_MASS_DELETE: {
    cs: 'Soubor {path} by smazal {count} z {total} záznamů v tabulce {table} ({share} %). Načtěte ho, jen pokud to tak má být, a potvrďte to.',
    en: 'File {path} would delete {count} of {total} records of {table} ({share} %). Import it only if that is intended, and confirm it.',
  },
  SYNC_SCHEMA_TOO_NEW: {
    cs: 'Soubor {path} napsala novější verze Přístavu (schéma {found}, tato verze zná {known}). Nejdřív aktualizujte Přístav.',
    en: 'File {path} was written by a newer Přístav (schema {found}, this version knows {known}). Update Přístav first.',
  },
  ENROLMENT_WRONG_PASSPHRASE: {
    cs: 'Heslo k souboru {path} nesouhlasí, nebo je soubor poškozený. Zkontrolujte heslo od ústředí.',
    en: 'The passphrase does not open file {path}, or the file is damaged. Check the passphrase from headquarters.',
  },
  ENROLMENT_FILE_INVALID: {
    cs: 'Soubor {path} není přihláška pobočky Přístavu, nebo je neúplný.',
    en: 'File {path} is not a Přístav branch enrolment file, or it is incomplete.',
  },
  REVIEW_ITEM_NOT_FOUND: {
    cs: 'Položka {id} už ve frontě K posouzení není (nejspíš ji mezitím vyřešil někdo jiný).',
    en: 'Item {id} is no longer in the review queue (someone probably resolved it meanwhile).',
  },
  REVIEW_VALUE_INVALID: {
    cs: 'Hodnotu „{value}“ nelze uložit do pole {field}.',
    en: 'Value "{value}" cannot be stored in field {field}.',
  },
  SYNC_FOLDER_NOT_SET: {
    cs: 'Synchronizační složka není nastavená (Nastavení → Synchronizace).',
    en: 'No sync folder is set (Settings → Synchronisation).',
  },
  SYNC_FOLDER_MISSING: {
    cs: 'Synchronizační složka {path} neexistuje nebo není dostupná (je připojený disk?).',
    en: 'Sync folder {path} does not exist or cannot be reached (is the drive connected?).',
  },
  SYNC_RUNNING: {
    cs: 'Synchronizace už probíhá; počkejte na její dokončení.',
    en: 'A synchronisation is already running; wait for it to finish.',
  },
  SYNC_JOB_NOT_FOUND: {
    cs: 'Synchronizace {id} neexistuje.',
    en: 'Synchronisation {id} does not exist.',
  },
  BACKUP_FOLDER_MISSING: {
    cs: 'Složka pro zálohy {path} neexistuje nebo není dostupná (je připojený disk?).',
    en: 'Backup folder {path} does not exist or cannot be reached (is the drive connected?).',
  },
  BACKUP_FOLDER_RELATIVE: {
    cs: 'Zadejte celou cestu ke složce pro zálohy (např. E:\\zalohy nebo /media/usb/zalohy), ne „{path}“.',
    en: 'Enter the whole path of the backup folder (e.g. E:\\backups or /media/usb/backups), not "{path}".',
  },
  BACKUP_FAILED: {
    cs: 'Zálohu {path} se nepodařilo zapsat ({detail}); databáze zůstala beze změny.',
    en: 'Backup {path} could not be written ({detail}); the database was not changed.',
  },
  BACKUP_VERIFY_FAILED: {
    cs: 'Zapsaná záloha {path} neprošla kontrolou ({detail}), a proto nebyla uložena.',
    en: 'The backup written to {path} failed its check ({detail}), so it was not kept.',
  },
  BACKUP_NOT_FOUND: {
    cs: 'Záloha {path} neexistuje nebo není dostupná; nic nebylo změněno.',
    en: 'Backup {path} does not exist or cannot be reached; nothing was changed.',
  },
  BACKUP_IS_LIVE: {
    cs: 'Soubor {path} je právě otevřená databáze, ne záloha; nic nebylo změněno.',
    en: 'File {path} is the open database itself, not a backup; nothing was changed.',
  },
  BACKUP_NOT_PRISTAV: {
    cs: 'Ze souboru {path} nelze obnovit: není to záloha databáze Přístavu. Nic nebylo změněno.',
    en: 'File {path} cannot be restored: it is not a backup of a Přístav database. Nothing was changed.',
  },
  BACKUP_WRONG_KEY: {
    cs: 'Zálohu {path} nelze otevřít klíčem této databáze: je zašifrovaná jiným klíčem, poškozená, nebo to není záloha Přístavu. Nic nebylo změněno.',
    en: "Backup {path} does not open with this database's key: it is encrypted with another key, damaged, or not a Přístav backup. Nothing was changed.",
  },
  BACKUP_ENCRYPTED: {
    cs: 'Zálohu {path} nelze otevřít: je zašifrovaná a tato databáze klíč nemá, nebo to není záloha Přístavu. Nic nebylo změněno.',
    en: 'Backup {path} cannot be opened: it is encrypted and this database has no key, or it is not a Přístav backup. Nothing was changed.',
  },
  BACKUP_UNENCRYPTED: {
    cs: 'Ze zálohy {path} nelze obnovit: není zašifrovaná, ale tato databáze ano. Nic nebylo změněno.',
    en: 'Backup {path} cannot be restored: it is not encrypted, but this database is. Nothing was changed.',
  },
  BACKUP_DAMAGED: {
    cs: 'Záloha {path} je poškozená ({detail}); obnovit z ní nelze. Nic nebylo změněno.',
    en: 'Backup {path} is damaged ({detail}); it cannot be restored. Nothing was changed.',
  },
  BACKUP_TOO_NEW: {
    cs: 'Zálohu {path} zapsala novější verze Přístavu (schéma {found}, tato verze zná {known}); nejdřív aktualizujte Přístav. Nic nebylo změněno.',
    en: 'Backup {path} was written by a newer Přístav (schema {found}, this version knows {known}); update Přístav first. Nothing was changed.',
  },
  BACKUP_NO_SITE: {
    cs: 'Záloha {path} vznikla před prvním spuštěním a žádné pracoviště neobsahuje; obnovit z ní nelze. Nic nebylo změněno.',
    en: 'Backup {path} was taken before the first-run setup and holds no site; it cannot be restored. Nothing was changed.',
  },
  BACKUP_OTHER_SITE: {
    cs: 'Záloha {path} patří jinému pracovišti ({site}); toto pracoviště z ní obnovit nelze. Nic nebylo změněno.',
    en: 'Backup {path} belongs to another site ({site}); this site cannot be restored from it. Nothing was changed.',
  },
  BACKUP_OTHER_ORGANISATION: {
    cs: 'Záloha {path} patří jiné organizaci; toto pracoviště z ní obnovit nelze. Nic nebylo změněno.',
    en: 'Backup {path} belongs to another organisation; this site cannot be restored from it. Nothing was changed.',
  },
  RESTORE_FAILED: {
    cs: 'Obnovení ze zálohy {path} se nezdařilo ({detail}); databáze zůstala, jak byla.',
    en: 'Restoring from backup {path} failed ({detail}); the database was left as it was.',
  },
  SITE_RENAME_AT_BRANCH: {
    cs: 'Název a obec pracoviště mění ústředí ({hq}), aby byly všude stejné; na pobočce je změnit nelze. Nic nebylo změněno.',
    en: 'Headquarters ({hq}) renames sites, so that every office has the same names; a branch cannot. Nothing was changed.',
  },
  BAD_REQUEST: {
    cs: 'Neplatná adresa požadavku {path}: název operace není platně zakódovaný (procentové kódování URL).',
    en: 'Invalid request address {path}: the operation name is not validly percent-encoded.',
  },
  INTERNAL: {
    cs: 'Nastala neočekávaná chyba; údaje nebyly změněny.',
    en: 'An unexpected error occurred; nothing was changed.',
  },
};

/** The message for an error code in the given language, with {placeholders} filled in. */
export function errorMessage(code: ErrorCode, lang: Language, params: ErrorParams = {}): string {
  return fillPlaceholders(messages[code][lang], paramsInLanguage(code, lang, params));
}
