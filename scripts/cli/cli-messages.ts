import { fillPlaceholders, type Language, type Translated } from '../../db/contract/language.ts';

/** The CLI's own lines (usage and I/O); API errors bring their own messages. */
const messages = {
  usage: {
    cs: `Použití: pristav [--db SOUBOR] [--lang cs|en] PŘÍKAZ
Příkazy:
  init --site NÁZEV --town OBEC [--hq] [--admin JMÉNO]   založí databázi pracoviště
  info                                                  pracoviště, schéma, počty
  call METODA [JSON]                                    zavolá metodu API
  dump                                                  kanonický JSON synchronizovaných dat
  client add --family P --given J --nationality ZEMĚ [--birth DATUM] [--sex F/M/X]
             [--status S] [--town OBEC] [--phone TEL] [--consent DATUM]
                                                        zaeviduje klienta
  client search TEXT                                    vyhledá klienty, nejlepší shody první
  client duplicates [--min-score N]                     pravděpodobné duplicity se skóre
  service add --client ID --type TYP [--date DATUM] [--town OBEC] [--minutes N] [--note TEXT]
                                                        zapíše úkon klientovi
  report --from DATUM --to DATUM [--town OBEC] [--format json] [--out SOUBOR]
                                                        přehled za období (JSON)
  demo --release-2010                                   naplní prázdnou databázi ukázkovými daty
                                                        z tiskové zprávy 2010
  demo --scale N [--years R]                            N klientů s úkony (zatím není k dispozici)`,
    en: `Usage: pristav [--db FILE] [--lang cs|en] COMMAND
Commands:
  init --site NAME --town TOWN [--hq] [--admin NAME]    create a site's database
  info                                                  site, schema, counts
  call METHOD [JSON]                                    invoke an API method
  dump                                                  canonical JSON of synced data
  client add --family F --given G --nationality COUNTRY [--birth DATE] [--sex F/M/X]
             [--status S] [--town TOWN] [--phone PHONE] [--consent DATE]
                                                        register a client
  client search TEXT                                    find clients, best first
  client duplicates [--min-score N]                     likely duplicates with a score
  service add --client ID --type TYPE [--date DATE] [--town TOWN] [--minutes N] [--note TEXT]
                                                        record an act for a client
  report --from DATE --to DATE [--town TOWN] [--format json] [--out FILE]
                                                        the period report (JSON)
  demo --release-2010                                   fill an empty database with the demo
                                                        data of the 2010 press release
  demo --scale N [--years Y]                            N clients with their acts (not yet available)`,
  },
  unknownCommand: { cs: 'Neznámý příkaz „{command}“.', en: 'Unknown command "{command}".' },
  badOption: { cs: 'Chybný parametr: {detail}', en: 'Wrong option: {detail}' },
  missingOption: {
    cs: 'Chybí povinný parametr {option}.',
    en: 'Missing required option {option}.',
  },
  badJson: {
    cs: 'Vstup metody není platný JSON: {detail}',
    en: 'The method input is not valid JSON: {detail}',
  },
  formatNotYet: {
    cs: 'Formát {format} zatím není k dispozici; použijte --format json.',
    en: 'Format {format} is not available yet; use --format json.',
  },
  scaleNotYet: {
    cs: 'Příkaz demo --scale zatím není k dispozici; použijte demo --release-2010.',
    en: 'The command demo --scale is not available yet; use demo --release-2010.',
  },
  missingMethod: { cs: 'Chybí název metody.', en: 'The method name is missing.' },
} satisfies Record<string, Translated>;

export type CliMessage = keyof typeof messages;

export function cliMessage(key: CliMessage, lang: Language, params: Record<string, string> = {}) {
  return fillPlaceholders(messages[key][lang], params);
}
