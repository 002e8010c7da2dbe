/**
 * The administrator a first-run call has just set up with a password — site.create ("Založit
 * pracoviště") or sync.join ("Připojit pobočku") — whose password the new database's key is
 * then wrapped with; null for any other call, or a set-up without a password (the database then
 * stays plain, as `init` without `--password` leaves it). Read from an input the call has
 * accepted, so its fields are known to be valid.
 */
export function setUpAdmin(
  method: string,
  input: unknown,
): { name: string; password: string } | null {
  if (method !== 'site.create' && method !== 'sync.join') return null;
  if (typeof input !== 'object' || input === null) return null;
  const { adminName, adminPassword } = input as { adminName?: unknown; adminPassword?: unknown };
  if (typeof adminName !== 'string' || typeof adminPassword !== 'string') return null;
  return { name: adminName, password: adminPassword };
}
