/** A file name people can read on a stick: who to whom, when; ASCII only (FAT, any OS). */
export function syncFileName(
  from: string,
  to: string,
  at: Date,
  fileId: string,
  extension: string,
): string {
  const slug = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 30) || 'site';
  const stamp = at.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `${slug(from)}-to-${slug(to)}-${stamp}-${fileId.slice(-8)}${extension}`;
}
