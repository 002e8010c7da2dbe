/** One benchmark's outcome: our figure beside the raw better-sqlite3 baseline of the same run. */
export interface BenchResult {
  name: string;
  unit: string;
  figure: number;
  /** The raw better-sqlite3 baseline of the same run; absent for a figure with none (setup). */
  baseline?: number;
  target?: string;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function formatResults(results: BenchResult[]): string {
  const rows = results.map((r) => [
    r.name,
    `${r.figure.toFixed(2)} ${r.unit}`,
    r.baseline === undefined ? '—' : `${r.baseline.toFixed(2)} ${r.unit}`,
    r.baseline === undefined ? '—' : `${(r.figure / r.baseline).toFixed(2)}×`,
    r.target ?? '',
  ]);
  const header = ['benchmark', 'Přístav', 'raw better-sqlite3', 'ratio', 'target'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
