import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

export interface ReportColumn<Row> {
  header: string;
  isNumber?: boolean;
  cell: (row: Row) => ReactNode;
  /** The column's value in the total row; omitted columns stay empty there. */
  total?: ReactNode;
}

interface ReportTableProps<Row> {
  /** The table's accessible name. */
  label: string;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  columns: ReportColumn<Row>[];
  /** The label of a total row at the foot (its first cell); no total row when omitted. */
  totalLabel?: string;
}

/** One table of the report: a text column, then numbers aligned right in tabular figures. */
export function ReportTable<Row>(props: ReportTableProps<Row>) {
  const { label, rows, rowKey, columns, totalLabel } = props;
  const numberClass = (column: ReportColumn<Row>) =>
    column.isNumber ? 'report-number' : undefined;
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table
        striped
        highlightOnHover
        verticalSpacing={6}
        aria-label={label}
        className="report-table"
      >
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.header} className={numberClass(column)} scope="col">
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)}>
              {columns.map((column, index) =>
                index === 0 ? (
                  <Table.Th key={column.header} scope="row" className="report-row-head">
                    {column.cell(row)}
                  </Table.Th>
                ) : (
                  <Table.Td key={column.header} className={numberClass(column)}>
                    {column.cell(row)}
                  </Table.Td>
                ),
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {totalLabel !== undefined && (
          <Table.Tfoot>
            <Table.Tr className="report-total-row">
              <Table.Th scope="row">{totalLabel}</Table.Th>
              {columns.slice(1).map((column) => (
                <Table.Td key={column.header} className={numberClass(column)}>
                  {column.total}
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Table.ScrollContainer>
  );
}
