import anyAscii from 'any-ascii';

/**
 * A text key whose plain byte order is Czech alphabetical order: "ch" after "h", "č" after
 * "c", "ř" after "r", "š" after "s", "ž" after "z"; á, é, ě, í, ó, ú, ů, ý, ď, ť, ň sort as
 * their base letter and only break ties. SQLite has no Czech collation and better-sqlite3
 * cannot register one, so lists sort by this key (stored and indexed) instead.
 */
const alphabet = [
  'a',
  'b',
  'c',
  'č',
  'd',
  'e',
  'f',
  'g',
  'h',
  'ch',
  'i',
  'j',
  'k',
  'l',
  'm',
  'n',
  'o',
  'p',
  'q',
  'r',
  'ř',
  's',
  'š',
  't',
  'u',
  'v',
  'w',
  'x',
  'y',
  'z',
  'ž',
];
const primaryCode = new Map(
  alphabet.map((letter, index) => [letter, String.fromCharCode(0x41 + index)]),
);
const ownLetters = new Set(['č', 'ř', 'š', 'ž']);

export function czechSortKey(text: string): string {
  const chars = [...text.normalize('NFC').toLowerCase()];
  let primary = '';
  let secondary = '';
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (char === 'c' && chars[i + 1] === 'h') {
      primary += primaryCode.get('ch');
      secondary += '0';
      i++;
      continue;
    }
    if (ownLetters.has(char)) {
      primary += primaryCode.get(char);
      secondary += '0';
      continue;
    }
    const base = char.normalize('NFD').replace(/\p{M}/gu, '');
    const folded = /^[a-z0-9 ]$/.test(base) ? base : anyAscii(char).toLowerCase();
    for (const letter of folded) {
      if (letter === ' ') primary += ' ';
      else if (/[0-9]/.test(letter)) primary += letter;
      else if (primaryCode.has(letter)) primary += primaryCode.get(letter);
      else continue;
      secondary += base === char ? '0' : '1';
    }
  }
  // Space (0x20) and digits (0x30–0x39) sort before letters (0x41…), as in the Czech norm.
  return `${primary.replace(/\s+/g, ' ').trim()}\u0001${secondary}`;
}
