import type { ReactNode } from 'react';

export type TColumn<T> = { key: string; header: string; cell: (row: T) => ReactNode; className?: string; hideOnPhone?: boolean };

/**
 * A plain, accessible table that scrolls sideways on a phone. The people table's sorting,
 * filters and column choices use components/data-table (TanStack Table).
 */
export function SimpleTable<T>({ columns, rows, rowKey, empty, caption }: {
  columns: TColumn<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  empty: string;
  caption?: string;
}) {
  return (
    <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white shadow-xs">
      <table className="min-w-full divide-y divide-stone-200 text-sm">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead className="bg-stone-50">
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={`px-4 py-2.5 text-left font-semibold text-stone-600 ${c.hideOnPhone ? 'hidden sm:table-cell' : ''} ${c.className ?? ''}`}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="px-4 py-8 text-center text-stone-500">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)} className="hover:bg-stone-50">
                {columns.map((c) => (
                  <td key={c.key} className={`px-4 py-2.5 align-top ${c.hideOnPhone ? 'hidden sm:table-cell' : ''} ${c.className ?? ''}`}>
                    {c.cell(row)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
