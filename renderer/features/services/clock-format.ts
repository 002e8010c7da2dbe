/** "09:00" as people write it in Czech and on a sign: "9:00". */
export function formatClock(time: string): string {
  return time.replace(/^0(\d)/, '$1');
}
