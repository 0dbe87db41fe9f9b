import Link from 'next/link';
import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';

type TRosterRow = {
  personId: string;
  name: string;
  /** Beside the name: a leader's or a point person's badge. */
  badge?: ReactNode;
  /** Under the name: since when, or the role, and the precinct. */
  detail: ReactNode;
  /** The row's controls, for those who may change it. */
  actions?: ReactNode;
};

type TRosterCardProps = {
  title: string;
  /** The form that adds someone, under its title; absent for those who may not add. */
  add?: { title: string; form: ReactNode };
  rows: TRosterRow[];
  empty: string;
  className?: string;
  /** Below the list. */
  children?: ReactNode;
};

/** The people of a circle or an organization, each linked to their profile, with the form that adds one. */
export function RosterCard({ title, add, rows, empty, className, children }: TRosterCardProps) {
  return (
    <Card title={title} className={className}>
      {add ? (
        <div className="mb-4 rounded-lg bg-stone-50 p-3 ring-1 ring-stone-200">
          <h3 className="mb-2 text-sm font-semibold text-stone-700">{add.title}</h3>
          {add.form}
        </div>
      ) : null}
      {rows.length === 0 ? (
        <p className="text-sm text-stone-500">{empty}</p>
      ) : (
        <ul className="divide-y divide-stone-100" aria-label={title}>
          {rows.map((r) => (
            <li key={r.personId} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-2.5">
              <div className="min-w-0">
                <p className="flex flex-wrap items-center gap-2">
                  <Link href={`/people/${r.personId}`} className="font-medium text-brand-800 hover:underline">
                    {r.name}
                  </Link>
                  {r.badge}
                </p>
                <p className="text-xs text-stone-500">{r.detail}</p>
              </div>
              {r.actions}
            </li>
          ))}
        </ul>
      )}
      {children}
    </Card>
  );
}
