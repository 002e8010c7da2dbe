/**
 * A time as people type it — "9", "9:00", "17.30", "1730" — in the HH:MM form the contract
 * checks. Anything else comes back as typed, so the schema shows its message instead of the
 * text silently changing.
 */
export function normaliseTime(text: string): string {
  const trimmed = text.trim();
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(trimmed);
  if (!match) return trimmed;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return trimmed;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
