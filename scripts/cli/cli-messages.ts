import { fillPlaceholders, type Language, type Translated } from '../../db/contract/language.ts';

/** The CLI's own lines (usage and I/O); API errors bring their own messages. */
const messages = {
  usage: {
    cs: `Použití: pristav [--db SOUBOR] [--lang cs|en] [--user JMÉNO] PŘÍKAZ
  (s hesly uživatelů: --user nebo PRISTAV_USER, heslo z PRISTAV_PASSWORD, jinak se zeptá)
Příkazy:
  init --site NÁZEV --town OBEC [--hq] [--admin JMÉNO] [--password HESLO]
                                                        založí databázi pracoviště
  info                                                  pracoviště, schéma, počty
  call METODA [JSON]                                    zavolá metodu API
  dump                                                  kanonický JSON synchronizovaných dat
  client add --family P --given J --nationality ZEMĚ [--birth DATUM] [--sex F/M/X]
             [--status S] [--town OBEC] [--phone TEL] [--consent DATUM]
                                                        zaeviduje klienta
  client search TEXT                                    vyhledá klienty, nejlepší shody první
  client duplicates [--min-score N]                     pravděpodobné duplicity se skóre
  client export ID --format pdf|json [--lang cs|en|uk|ru|vi|mn] --out SOUBOR
                                                        vše, co o člověku vedeme (GDPR, čl. 15)
  client anonymise --inactive-years N [--dry-run]       anonymizuje klienty bez úkonu za N let
  service add --client ID --type TYP [--date DATUM] [--town OBEC] [--minutes N] [--note TEXT]
                                                        zapíše úkon klientovi
  report --from DATUM --to DATUM [--town OBEC] [--format json|csv|xlsx|pdf] [--out SOUBOR]
                                                        přehled za období (JSON, CSV, XLSX, PDF)
  import CESTA [--dry-run]                              importuje staré evidence: složku souborů
                                                        CSV nebo jeden sešit .xlsx
  demo --release-2010                                   naplní prázdnou databázi ukázkovými daty
                                                        z tiskové zprávy 2010
  demo --scale N [--years R] [--seed S]                 N klientů s úkony za R let (výchozí 1)
                                                        před letošním rokem; přerušené plnění
                                                        naváže, spustíte-li ho znovu
  check [--quick]                                       zkontroluje celou databázi (integrita)
  init --enrolment SOUBOR --passphrase HESLO [--admin JMÉNO]
                                                        založí databázi pobočky z přihlášky
  sync enrol --site NÁZEV --town OBEC --out SOUBOR      ústředí: přihláška nové pobočky a heslo
  sync export --to ID|hq|all --out SLOŽKA               synchronizační soubory pro pracoviště
  sync import SOUBOR… [--dry-run] [--allow-mass-delete] načte synchronizační soubory
                                                        (--allow-mass-delete: potvrdí velké mazání)
  sync status | sync conflicts                          stav synchronizace | fronta K posouzení
  sync resolve ID --value JSON                          rozhodnutí položky K posouzení
  sync revoke ID                                        ústředí: zruší přístup pracoviště
  backup [--to SLOŽKA]                                  ověřená záloha databáze (do složky
                                                        z Nastavení, nebo do SLOŽKY)
  backup list                                           zálohy ve složce pro zálohy
  restore SOUBOR                                        obnoví databázi ze zálohy; současný
                                                        soubor odloží vedle
  encrypt                                               správce: jednou zašifruje nešifrovanou
                                                        databázi (klíč v SOUBOR.keys.json)
  client erase ID --reason TEXT                         ústředí: výmaz osoby (GDPR), dorazí
                                                        na všechna pracoviště
  user add --name JMÉNO --role ROLE --password HESLO    přidá uživatele (role: admin, coordinator,
                                                        social_worker, receptionist, lecturer)
  user list | user disable JMÉNO                        uživatelé | zakáže přihlášení uživatele
  audit [--client ID] [--user JMÉNO] [--from DATUM] [--to DATUM]
                                                        kdo co četl a měnil (JSON; přihlášení
                                                        jen přes PRISTAV_USER)`,
    en: `Usage: pristav [--db FILE] [--lang cs|en] [--user NAME] COMMAND
  (with user passwords: --user or PRISTAV_USER, the password from PRISTAV_PASSWORD, else a prompt)
Commands:
  init --site NAME --town TOWN [--hq] [--admin NAME] [--password P]
                                                        create a site's database
  info                                                  site, schema, counts
  call METHOD [JSON]                                    invoke an API method
  dump                                                  canonical JSON of synced data
  client add --family F --given G --nationality COUNTRY [--birth DATE] [--sex F/M/X]
             [--status S] [--town TOWN] [--phone PHONE] [--consent DATE]
                                                        register a client
  client search TEXT                                    find clients, best first
  client duplicates [--min-score N]                     likely duplicates with a score
  client export ID --format pdf|json [--lang cs|en|uk|ru|vi|mn] --out FILE
                                                        everything held about a person (GDPR)
  client anonymise --inactive-years N [--dry-run]       anonymise clients with no act for N years
  service add --client ID --type TYPE [--date DATE] [--town TOWN] [--minutes N] [--note TEXT]
                                                        record an act for a client
  report --from DATE --to DATE [--town TOWN] [--format json|csv|xlsx|pdf] [--out FILE]
                                                        the period report (JSON, CSV, XLSX, PDF)
  import PATH [--dry-run]                               import legacy registers: a folder of CSV
                                                        files or one .xlsx workbook
  demo --release-2010                                   fill an empty database with the demo
                                                        data of the 2010 press release
  demo --scale N [--years Y] [--seed S]                 N clients with their acts over the Y years
                                                        (default 1) before this year; an
                                                        interrupted fill resumes when run again
  check [--quick]                                       check the whole database (integrity)
  init --enrolment FILE --passphrase TEXT [--admin NAME]
                                                        create a branch's database from its file
  sync enrol --site NAME --town TOWN --out FILE         HQ: a new branch's enrolment file
  sync export --to ID|hq|all --out DIR                  write sync files for sites
  sync import FILE… [--dry-run] [--allow-mass-delete]   import sync files
                                                        (--allow-mass-delete: confirm a mass delete)
  sync status | sync conflicts                          sync status | the review queue
  sync resolve ID --value JSON                          decide one review item
  sync revoke ID                                        HQ: revoke a site
  backup [--to DIR]                                     a verified backup of the database (to the
                                                        folder set in Settings, or to DIR)
  backup list                                           the backups in the backup folder
  restore FILE                                          restore the database from a backup; the
                                                        current file is kept aside
  encrypt                                               admin: encrypt a plain database once
                                                        (its key in FILE.keys.json)
  client erase ID --reason TEXT                         HQ: erase a person (GDPR); it travels
                                                        to every site
  user add --name NAME --role ROLE --password P         add a user (roles: admin, coordinator,
                                                        social_worker, receptionist, lecturer)
  user list | user disable NAME                         users | stop a user signing in
  audit [--client ID] [--user NAME] [--from DATE] [--to DATE]
                                                        who read and changed what (JSON; sign in
                                                        through PRISTAV_USER only)`,
  },
  unknownCommand: { cs: 'Neznámý příkaz „{command}“.', en: 'Unknown command "{command}".' },
  badOption: { cs: 'Chybný parametr: {detail}', en: 'Wrong option: {detail}' },
  alreadyEncrypted: {
    cs: 'Databáze {path} už je zašifrovaná; nic nebylo změněno.',
    en: 'Database {path} is already encrypted; nothing was changed.',
  },
  encryptNeedsPassword: {
    cs: 'Zašifrovat databázi může jen správce přihlášený heslem (nejprve si heslo nastavte: user add, init --password); nic nebylo změněno.',
    en: 'Only an administrator signed in with a password can encrypt the database (set a password first: user add, init --password); nothing was changed.',
  },
  userNeeded: {
    cs: 'Tato databáze vyžaduje přihlášení: uveďte --user JMÉNO (nebo PRISTAV_USER) a heslo v PRISTAV_PASSWORD.',
    en: 'This database needs a signed-in user: give --user NAME (or PRISTAV_USER) and the password in PRISTAV_PASSWORD.',
  },
  passwordNeeded: {
    cs: 'Chybí heslo: nastavte PRISTAV_PASSWORD, nebo spusťte příkaz v terminálu, který se na heslo zeptá.',
    en: 'No password: set PRISTAV_PASSWORD, or run the command in a terminal that asks for it.',
  },
  passwordPrompt: { cs: 'Heslo pro {user}: ', en: 'Password for {user}: ' },
  missingOption: {
    cs: 'Chybí povinný parametr {option}.',
    en: 'Missing required option {option}.',
  },
  badJson: {
    cs: 'Vstup metody není platný JSON: {detail}',
    en: 'The method input is not valid JSON: {detail}',
  },
  binaryNeedsOut: {
    cs: 'Soubor {format} nelze vypsat na terminál; zadejte --out SOUBOR nebo výstup přesměrujte do souboru.',
    en: 'The {format} file cannot be printed to a terminal; give --out FILE or redirect the output to a file.',
  },
  cannotWrite: {
    cs: 'Soubor {file} nelze zapsat: {reason}',
    en: 'Cannot write the file {file}: {reason}',
  },
  badInteger: {
    cs: 'Parametr {option} musí být celé číslo od {min} do {max}.',
    en: 'Option {option} must be a whole number from {min} to {max}.',
  },
  demoKind: {
    cs: 'Zadejte právě jedno z --release-2010 a --scale N.',
    en: 'Give exactly one of --release-2010 and --scale N.',
  },
  scaleProgress: {
    cs: 'demo --scale: {clients} z {of} klientů, {rows} řádků, {operations} operací, {seconds} s',
    en: 'demo --scale: {clients} of {of} clients, {rows} rows, {operations} operations, {seconds} s',
  },
  missingMethod: { cs: 'Chybí název metody.', en: 'The method name is missing.' },
  importJobCall: {
    cs: 'Metoda {method} má smysl jen v běžící aplikaci: import skončí s příkazem, který ho spustil. Příkaz call import.start na konec importu počká a vypíše výsledek; soubory naimportuje pristav import CESTA.',
    en: 'Method {method} only makes sense in the running app: an import ends with the command that started it. call import.start waits for the import to end and prints the result; pristav import PATH imports files.',
  },
} satisfies Record<string, Translated>;

export type CliMessage = keyof typeof messages;

export function cliMessage(key: CliMessage, lang: Language, params: Record<string, string> = {}) {
  return fillPlaceholders(messages[key][lang], params);
}
