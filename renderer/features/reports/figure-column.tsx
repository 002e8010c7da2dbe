import { FigureLink } from './FigureLink.tsx';
import type { ReportColumn } from './ReportTable.tsx';

interface FigureColumnSpec<Row> {
  /** What the numbers count ("klienti", "úkony"): the column's header and the links' name. */
  measure: string;
  value: (row: Row) => number;
  /** The drill-down page behind a row's number. */
  to: (row: Row) => string;
  /** What a row is about ("Vietnam", "Liberec"), for screen readers. */
  label: (row: Row) => string;
  /** The total row's number and the page behind it; the column stays empty there without. */
  total?: { value: number; to: string; label: string };
}

/** A column of the report's numbers, each opening the clients or acts behind it. */
export function figureColumn<Row>(spec: FigureColumnSpec<Row>): ReportColumn<Row> {
  const { measure, total } = spec;
  return {
    header: measure,
    isNumber: true,
    cell: (row) => (
      <FigureLink
        value={spec.value(row)}
        to={spec.to(row)}
        label={spec.label(row)}
        measure={measure}
      />
    ),
    ...(total ? { total: <FigureLink {...total} measure={measure} /> } : {}),
  };
}
