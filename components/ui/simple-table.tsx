import type { ReactNode } from 'react';
import { EmptyRow, Table, TableBody, TableHead, Td, Th, Tr } from '@/components/ui/table';

export type TColumn<T> = { key: string; header: string; cell: (row: T) => ReactNode; className?: string; hideOnPhone?: boolean };

/**
 * A plain, accessible table of rows as they come, over the table core. The people table's sorting,
 * filters and column choices use components/data-table (TanStack Table), over the same core.
 */
export function SimpleTable<T>({ columns, rows, rowKey, empty, caption }: {
  columns: TColumn<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  empty: string;
  caption?: string;
}) {
  return (
    <Table caption={caption}>
      <TableHead>
        <tr>
          {columns.map((c) => (
            <Th key={c.key} hideOnPhone={c.hideOnPhone} className={c.className}>
              {c.header}
            </Th>
          ))}
        </tr>
      </TableHead>
      <TableBody>
        {rows.length === 0 ? (
          <EmptyRow colSpan={columns.length}>{empty}</EmptyRow>
        ) : (
          rows.map((row) => (
            <Tr key={rowKey(row)}>
              {columns.map((c) => (
                <Td key={c.key} hideOnPhone={c.hideOnPhone} className={c.className}>
                  {c.cell(row)}
                </Td>
              ))}
            </Tr>
          ))
        )}
      </TableBody>
    </Table>
  );
}
