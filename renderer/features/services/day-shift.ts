/** The ISO day `days` away from `iso` (calendar arithmetic in UTC, so no time zone shifts it). */
export function shiftDay(iso: string, days: number): string {
  const [year, month, day] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day! + days));
  return date.toISOString().slice(0, 10);
}
