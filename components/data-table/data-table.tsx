'use client';

import {
  flexRender, getCoreRowModel, useReactTable, type ColumnDef, type OnChangeFn, type RowSelectionState, type VisibilityState,
} from '@tanstack/react-table';
import Link from 'next/link';
import { useMemo, type ReactNode } from 'react';
import { EmptyRow, Table, TableBody, TableHead, Td, Th, Tr } from '@/components/ui/table';

// The one table component (STYLE.md rule 5), over TanStack Table, rendered through the table
// core (components/ui/table.tsx). The server filters, sorts and pages; this renders a page, lets
// the user hide columns and select rows. Sorting is a link per header (the sort lives in the
// URL), so it works before and without JavaScript.

export type TDataColumn<T> = {
  id: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** A link that sorts by this column, and whether the page is sorted by it now. */
  sort?: { href: string; state: 'asc' | 'desc' | false; label: string };
  /** May the user hide it? (The first column never hides.) */
  hideable?: boolean;
  /** Hidden below the small breakpoint, where the table keeps only what fits a phone. */
  hideOnPhone?: boolean;
  className?: string;
};

type TSelection = {
  state: RowSelectionState;
  onChange: OnChangeFn<RowSelectionState>;
  /** Accessible names: the header checkbox, and each row's. */
  allLabel: string;
  rowLabel: (row: unknown) => string;
};

type TProps<T> = {
  columns: TDataColumn<T>[];
  rows: T[];
  rowId: (row: T) => string;
  caption: string;
  empty: ReactNode;
  visibility: VisibilityState;
  onVisibilityChange: OnChangeFn<VisibilityState>;
  selection?: TSelection;
};

function SortHeader({ header, sort }: { header: string; sort: NonNullable<TDataColumn<unknown>['sort']> }) {
  const arrow = sort.state === 'asc' ? '↑' : sort.state === 'desc' ? '↓' : '↕';
  return (
    <Link href={sort.href} className="inline-flex items-center gap-1 hover:text-brand-800" aria-label={sort.label} scroll={false}>
      {header}
      <span aria-hidden className={sort.state ? 'text-brand-700' : 'text-stone-400'}>
        {arrow}
      </span>
    </Link>
  );
}

export function DataTable<T>({ columns, rows, rowId, caption, empty, visibility, onVisibilityChange, selection }: TProps<T>) {
  const byId = useMemo(() => new Map(columns.map((c) => [c.id, c])), [columns]);
  const defs = useMemo<ColumnDef<T>[]>(() => {
    const data: ColumnDef<T>[] = columns.map((c, i) => ({
      id: c.id,
      header: () => (c.sort ? <SortHeader header={c.header} sort={c.sort} /> : c.header),
      cell: ({ row }) => c.cell(row.original),
      enableHiding: i > 0 && c.hideable !== false,
    }));
    if (!selection) return data;
    const select: ColumnDef<T> = {
      id: '_select',
      enableHiding: false,
      header: ({ table }) => (
        <input
          type="checkbox"
          className="size-4 accent-brand-700"
          aria-label={selection.allLabel}
          checked={table.getIsAllRowsSelected()}
          ref={(el) => {
            if (el) el.indeterminate = table.getIsSomeRowsSelected();
          }}
          onChange={table.getToggleAllRowsSelectedHandler()}
        />
      ),
      cell: ({ row }) => (
        <input
          type="checkbox"
          className="size-4 accent-brand-700"
          aria-label={selection.rowLabel(row.original)}
          checked={row.getIsSelected()}
          onChange={row.getToggleSelectedHandler()}
        />
      ),
    };
    return [select, ...data];
  }, [columns, selection]);

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack's table object is read fresh each render, never memoized
  const table = useReactTable({
    data: rows,
    columns: defs,
    getRowId: rowId,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
    manualFiltering: true,
    enableRowSelection: Boolean(selection),
    state: { columnVisibility: visibility, rowSelection: selection?.state ?? {} },
    onColumnVisibilityChange: onVisibilityChange,
    onRowSelectionChange: selection?.onChange,
  });

  const column = (id: string) => byId.get(id);
  const cellClass = (id: string) => (id === '_select' ? 'w-10' : (column(id)?.className ?? ''));

  return (
    <Table caption={caption}>
      <TableHead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((h) => {
              const sort = column(h.column.id)?.sort;
              return (
                <Th
                  key={h.id}
                  aria-sort={sort?.state === 'asc' ? 'ascending' : sort?.state === 'desc' ? 'descending' : undefined}
                  hideOnPhone={column(h.column.id)?.hideOnPhone}
                  className={`sm:whitespace-nowrap ${cellClass(h.column.id)}`}
                >
                  {flexRender(h.column.columnDef.header, h.getContext())}
                </Th>
              );
            })}
          </tr>
        ))}
      </TableHead>
      <TableBody>
        {table.getRowModel().rows.length === 0 ? (
          <EmptyRow colSpan={table.getVisibleLeafColumns().length}>{empty}</EmptyRow>
        ) : (
          table.getRowModel().rows.map((row) => (
            <Tr key={row.id} selected={row.getIsSelected()}>
              {row.getVisibleCells().map((cell) => (
                <Td key={cell.id} hideOnPhone={column(cell.column.id)?.hideOnPhone} className={cellClass(cell.column.id)}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </Td>
              ))}
            </Tr>
          ))
        )}
      </TableBody>
    </Table>
  );
}
