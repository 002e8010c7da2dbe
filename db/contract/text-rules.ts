/**
 * What text the app stores. Names and notes travel to other offices, into PDFs, CSV exports and
 * search indexes: characters nobody can see or type there are refused with a message rather
 * than stored (or silently replaced, as SQLite's UTF-8 would do with half a surrogate pair).
 */

/**
 * Half of a UTF-16 surrogate pair without its other half: not a character at all. Storing it
 * would turn it into U+FFFD, so the text read back would differ from the text sent.
 */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** C0 and C1 control characters and DEL; tab and line breaks are allowed where lines are. */
// Matching control characters is this rule's whole purpose, hence no-control-regex is off here.
// eslint-disable-next-line no-control-regex
const controlCharacter = /[\u0000-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex
const controlCharacterExceptLines = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder what a
 * reader sees ("Trojan Source"), so a name could show other letters than it holds. The marks
 * U+200E/U+200F stay allowed: Arabic and Hebrew text legitimately uses them.
 */
const bidiControl = /[\u202A-\u202E\u2066-\u2069]/;

/** Anything visible: not whitespace, not a control, format (zero-width) or unassigned code. */
const visibleCharacter = /[^\p{White_Space}\p{C}]/u;
const letter = /\p{L}/u;

export function hasLoneSurrogate(text: string): boolean {
  return loneSurrogate.test(text);
}

export function hasControlCharacter(text: string, isMultiLine = false): boolean {
  return (isMultiLine ? controlCharacterExceptLines : controlCharacter).test(text);
}

export function hasBidiControl(text: string): boolean {
  return bidiControl.test(text);
}

/** Empty text, or text a person can see (not only zero-width spaces and the like). */
export function isBlankOrVisible(text: string): boolean {
  return text === '' || visibleCharacter.test(text);
}

/** Empty text, or text with at least one letter: a name of digits or dots is no name. */
export function isBlankOrHasLetter(text: string): boolean {
  return text === '' || letter.test(text);
}

/** The reason a text would be refused (a key of validationMessages), or null when it is clean. */
export function textProblem(text: string, isMultiLine = false): string | null {
  if (hasLoneSurrogate(text)) return 'loneSurrogate';
  if (hasControlCharacter(text, isMultiLine)) return 'controlCharacter';
  if (hasBidiControl(text)) return 'bidiControl';
  return null;
}
