/**
 * A period (ISO dates, both days included) split into the whole months it covers, which a
 * report reads from the per-client yearly summaries, and the days at its ends that do not fill
 * a month, which it counts from the acts themselves.
 */
export interface PeriodMonths {
  /** Years with whole months in the period; bit 0 of the mask is January. */
  years: { year: number; monthMask: number }[];
  /** At most two runs of days (start and end of the period) outside those whole months. */
  edges: { from: string; to: string }[];
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Months since year 0 (January of year 0 is 0), for arithmetic over month boundaries. */
function monthIndex(date: string): { index: number; day: number; lastDay: number } {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return {
    index: year * 12 + month - 1,
    day: Number(date.slice(8, 10)),
    lastDay: daysIn(year, month),
  };
}

const firstDayOf = (index: number) =>
  `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1, 2)}-01`;
const lastDayOf = (index: number) => {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(daysIn(year, month), 2)}`;
};

export function splitIntoMonths(from: string, to: string): PeriodMonths {
  if (from > to) return { years: [], edges: [] };
  const start = monthIndex(from);
  const end = monthIndex(to);
  const firstWhole = start.day === 1 ? start.index : start.index + 1;
  const lastWhole = end.day === end.lastDay ? end.index : end.index - 1;
  if (firstWhole > lastWhole) return { years: [], edges: [{ from, to }] };

  const edges: PeriodMonths['edges'] = [];
  if (firstWhole !== start.index) edges.push({ from, to: lastDayOf(start.index) });
  if (lastWhole !== end.index) edges.push({ from: firstDayOf(end.index), to });
  const years = new Map<number, number>();
  for (let index = firstWhole; index <= lastWhole; index++) {
    const year = Math.floor(index / 12);
    years.set(year, (years.get(year) ?? 0) | (1 << (index % 12)));
  }
  return { years: [...years].map(([year, monthMask]) => ({ year, monthMask })), edges };
}
