import type { ReactNode } from 'react';

export interface Column<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
  /** Dates, codes and other short values: kept on one line so a narrow column never breaks them per character. */
  nowrap?: boolean;
  /** The column that names the row becomes its row header (<th scope="row">). */
  rowHeader?: boolean;
}

export interface TableProps<Row> {
  caption: ReactNode;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  empty?: ReactNode;
  /** Totals: rendered as <tfoot> rows by the caller. */
  footer?: ReactNode;
}

/** A plain data table with a caption and scoped headers; scrolls sideways on narrow screens. */
const cellClass = (c: { numeric?: boolean | undefined; nowrap?: boolean | undefined }): string | undefined => [c.numeric ? 'kasane-num' : '', c.nowrap ? 'kasane-nowrap' : ''].filter(Boolean).join(' ') || undefined;

export function Table<Row>({ caption, columns, rows, rowKey, empty, footer }: TableProps<Row>) {
  return (
    // A scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <div className="kasane-table-wrap" tabIndex={0} role="group" aria-label={typeof caption === 'string' ? caption : undefined}>
      <table className="kasane-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'kasane-num' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && empty ? (
            <tr>
              <td colSpan={columns.length}>{empty}</td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((c) =>
                  c.rowHeader ? (
                    <th key={c.key} scope="row" className={cellClass(c)}>
                      {c.cell(row)}
                    </th>
                  ) : (
                    <td key={c.key} className={cellClass(c)}>
                      {c.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
        {footer ? <tfoot>{footer}</tfoot> : null}
      </table>
    </div>
  );
}
