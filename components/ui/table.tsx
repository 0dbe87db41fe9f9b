import type { ComponentProps, ReactNode } from 'react';
import { ScrollBox } from '@/components/ui/scroll-box';

// The one table render core: the frame that scrolls sideways on a phone, the header and body
// cells, the empty row, and the rule that a column may hide below the small breakpoint, where a
// table keeps only what fits a phone. SimpleTable (components/ui/simple-table.tsx) and DataTable
// (components/data-table/, over TanStack Table) both render through it, as do the few tables
// with rows of their own (a roster with checkboxes, the audit log).

const phone = (hideOnPhone?: boolean) => (hideOnPhone ? 'hidden sm:table-cell' : '');
const PAD = 'px-2 py-2.5 sm:px-4';

export function Table({ caption, children, className = '' }: { caption?: string; children: ReactNode; className?: string }) {
  return (
    <ScrollBox label={caption} className={`rounded-xl border border-stone-200 bg-white shadow-xs ${className}`}>
      <table className="min-w-full divide-y divide-stone-200 text-sm">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        {children}
      </table>
    </ScrollBox>
  );
}

export function TableHead({ children }: { children: ReactNode }) {
  return <thead className="bg-stone-50">{children}</thead>;
}

export function TableBody({ children }: { children: ReactNode }) {
  return <tbody className="divide-y divide-stone-100">{children}</tbody>;
}

/** A row; a selected one is tinted. */
export function Tr({ selected = false, className = '', ...props }: ComponentProps<'tr'> & { selected?: boolean }) {
  return <tr className={`${selected ? 'bg-brand-50/60' : 'hover:bg-stone-50'} ${className}`} {...props} />;
}

type TCellProps = { hideOnPhone?: boolean };

export function Th({ hideOnPhone, className = '', ...props }: ComponentProps<'th'> & TCellProps) {
  return <th scope="col" className={`${PAD} text-left font-semibold text-stone-600 ${phone(hideOnPhone)} ${className}`} {...props} />;
}

export function Td({ hideOnPhone, className = '', ...props }: ComponentProps<'td'> & TCellProps) {
  return <td className={`${PAD} align-top ${phone(hideOnPhone)} ${className}`} {...props} />;
}

/** The one row of a table with nothing to show. */
export function EmptyRow({ colSpan, children }: { colSpan: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={colSpan} className="px-4 py-8 text-center text-stone-500">
        {children}
      </td>
    </tr>
  );
}
