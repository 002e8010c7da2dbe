/*
 * One backup or restore at a time per database file: a restore must not swap the file while a
 * backup of it is being written, and two backups at once would only compete for the disk. The
 * daily backup, one taken before a sync import and "Zálohovat nyní" simply wait their turn.
 */
const queues = new Map<string, Promise<unknown>>();

export function inBackupQueue<T>(file: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(file) ?? Promise.resolve();
  const next = previous.then(work, work);
  const settled = next.then(
    () => undefined,
    () => undefined,
  );
  queues.set(file, settled);
  void settled.then(() => {
    if (queues.get(file) === settled) queues.delete(file);
  });
  return next;
}
