// A table of rows with a caption for screen readers and a header per column (scope="col"). Usable on the server and
// in client components alike: it has no state.

const cx = (...classes: (string | undefined)[]) => classes.filter(Boolean).join(" ");

export interface Column<T> {
  header: React.ReactNode;
  cell: (row: T) => React.ReactNode;
  /** Added to the column's cells. */
  className?: string;
  /** Added to the column's header. */
  headerClassName?: string;
  /** The column names the row: its cells are row headers (th scope="row"). */
  rowHeader?: boolean;
}

interface DataTableProps<T> {
  /** Said by screen readers, not shown. */
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** Every cell's padding, the headers' too. */
  padding?: string;
  /** Added to the table's own "w-full text-left". */
  className?: string;
  headClassName?: string;
  /** Added to the body's row dividers. */
  bodyClassName?: string;
  rowClassName?: string;
  footer?: React.ReactNode;
  /** In a bordered box that scrolls sideways on a narrow screen; off where the table sits in a box of its own. */
  framed?: boolean;
}

export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  padding = "px-4 py-3",
  className,
  headClassName = "bg-slate-100 text-sm text-slate-800",
  bodyClassName,
  rowClassName,
  footer,
  framed = true,
}: DataTableProps<T>) {
  const table = (
    <table className={cx("w-full text-left", className)}>
      <caption className="sr-only">{caption}</caption>
      <thead className={headClassName}>
        <tr>
          {columns.map((column, index) => (
            <th key={index} scope="col" className={cx(padding, column.headerClassName)}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className={cx("divide-y divide-slate-200", bodyClassName)}>
        {rows.map((row) => (
          <tr key={rowKey(row)} className={rowClassName}>
            {columns.map((column, index) =>
              column.rowHeader ? (
                <th key={index} scope="row" className={cx(padding, column.className)}>
                  {column.cell(row)}
                </th>
              ) : (
                <td key={index} className={cx(padding, column.className)}>
                  {column.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
      {footer}
    </table>
  );
  return framed ? <div className="overflow-x-auto rounded-lg border border-slate-200">{table}</div> : table;
}
