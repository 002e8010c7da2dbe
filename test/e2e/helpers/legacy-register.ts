import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A small register as centres kept it before Přístav, written as real files: clients.csv saved
 * by Czech Excel (Windows-1250, `;`, Czech headers and dates, one header no synonym covers),
 * the other files in UTF-8 as other tools write them.
 */

/** Windows-1250 bytes of a text, by the reverse of the platform's own decoder. */
export function windows1250(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1250');
  const byteOf = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) byteOf.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Uint8Array.from([...text], (char) => {
    const byte = byteOf.get(char);
    if (byte === undefined) throw new Error(`"${char}" has no Windows-1250 byte`);
    return byte;
  });
}

const crlf = (lines: readonly string[]) => `${lines.join('\r\n')}\r\n`;

/** "Země původu" is not a header Přístav knows: the person maps it to nationality. */
export function clientsCsv(thirdNationality: string): string {
  return crlf([
    'Číslo klienta;Příjmení;Jméno;Datum narození;Pohlaví;Země původu;Pobyt;Obec;Telefon;Souhlas;Poznámka',
    'K001;Ševčenko;Taras;12.3.1985;M;Ukrajina;dlouhodobý pobyt;Liberec;777 111 222;2.3.2009;',
    'K002;Kovalčuková;Oksana;1990;Ž;Ukrajina;trvalý pobyt;Jablonec nad Nisou;;15.4.2009;chodí s dcerou',
    `K003;Batbajar;Ölzii;5.11.1978;Ž;${thirdNationality};dlouhodobé vízum;Liberec;;;`,
  ]);
}

const servicesCsv = crlf([
  'Klient,Datum,Druh služby,Minut,Poznámka',
  'K001,2.3.2009,social_legal_counselling,30,prodloužení pobytu',
  'K002,15.4.2009,interpreting,60,',
]);

// With a BOM, as Excel's "CSV UTF-8" writes it.
const coursesCsv = `\uFEFF${crlf([
  'Kurz;Druh;Název;Obec;Úroveň;Lektor;Začátek;Konec',
  'C1;czech_low_threshold;Čeština pro začátečníky;Liberec;A1;Jana Dvořáková;1.3.2009;30.6.2009',
])}`;

const attendanceCsv = crlf([
  'course_ref,client_ref,date,present',
  'C1,K001,2009-03-03,1',
  'C1,K002,2009-03-03,ano',
  'C1,K001,2009-03-10,ano',
]);

/** Writes the four files into `folder` and answers their paths. */
export async function writeLegacyRegister(
  folder: string,
  thirdNationality: string,
): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const files: [string, string | Uint8Array][] = [
    ['clients.csv', windows1250(clientsCsv(thirdNationality))],
    ['services.csv', servicesCsv],
    ['courses.csv', coursesCsv],
    ['attendance.csv', attendanceCsv],
  ];
  return Promise.all(
    files.map(async ([name, content]) => {
      const path = join(folder, name);
      await writeFile(path, content);
      return path;
    }),
  );
}
