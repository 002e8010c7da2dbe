import type { AuditEntry } from '../../../db/contract/index.ts';

/** One CSV field: quoted when it holds a separator, a quote or a line break (RFC 4180). */
function field(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The audit as a CSV file for Excel in Czech (semicolons, a BOM so the accents survive),
 * the same columns as the list.
 */
export function auditCsv(entries: readonly AuditEntry[], header: readonly string[]): string {
  const rows = entries.map((entry) =>
    [entry.at, entry.action, entry.userName, entry.clientId ?? '', entry.detail].map(field),
  );
  return `\uFEFF${[header.map(field), ...rows].map((row) => row.join(';')).join('\r\n')}\r\n`;
}
