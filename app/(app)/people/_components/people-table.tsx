'use client';

import type { RowSelectionState } from '@tanstack/react-table';
import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useMemo, useState } from 'react';
import { ColumnMenu, usePersistedVisibility } from '@/components/data-table/column-menu';
import { DataTable, type TDataColumn } from '@/components/data-table/data-table';
import { Badge } from '@/components/ui/badge';
import type { TPeopleListRow } from '@/lib/data/people/list';
import { displayName } from '@/lib/format/person-name';
import type { TPeopleSortBy } from '@/lib/validation/search-params';
import { BulkActions } from './bulk-actions';
import { formatDate, formatDay } from '@/lib/format/dates';

type TSorts = Record<TPeopleSortBy, { state: 'asc' | 'desc' | false; href: string }>;
type TOption = { id: string; name: string };

// "Last updated" is there for who wants it; the rest show by default.
const DEFAULT_VISIBILITY = { updated: false };

export function PeopleTable({ rows, sorts, canBulkEdit, showContacted, circles, addTags, removeTags, filtered }: {
  rows: TPeopleListRow[];
  sorts: TSorts;
  canBulkEdit: boolean;
  /** Last contacted comes from interactions: a column only for those who may read them. */
  showContacted: boolean;
  circles: TOption[];
  addTags: TOption[];
  removeTags: TOption[];
  filtered: boolean;
}) {
  const tStage = useTranslations('stage');
  const tVoter = useTranslations('voter');
  const tp = useTranslations('people');
  const format = useFormatter();
  const [visibility, setVisibility] = usePersistedVisibility('leaven.people.columns', DEFAULT_VISIBILITY);
  const [selection, setSelection] = useState<RowSelectionState>({});
  const [notice, setNotice] = useState<string | null>(null);

  const columns = useMemo<TDataColumn<TPeopleListRow>[]>(() => {
    const sort = (by: TPeopleSortBy, header: string) => ({
      ...sorts[by],
      label:
        sorts[by].state === 'asc'
          ? tp('sortedAscending', { column: header })
          : sorts[by].state === 'desc'
            ? tp('sortedDescending', { column: header })
            : tp('sortBy', { column: header }),
    });
    const day = (d: Date | null) => (d ? formatDay(format, d) : '—');
    return [
      {
        id: 'name',
        header: tp('name'),
        sort: sort('name', tp('name')),
        cell: (r) => (
          <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <Link href={`/people/${r.id}`} className="font-medium text-brand-800 hover:underline">
              {displayName(r)}
            </Link>
            {r.doNotContact ? <Badge tone="danger">{tp('doNotContact')}</Badge> : null}
            {/* On a phone the precinct column is hidden: its value rides under the name instead. */}
            {r.precinct ? (
              <span className="basis-full text-xs text-stone-500 tabular-nums sm:hidden">
                {`${r.precinct.ward}-${r.precinct.number}`}
              </span>
            ) : null}
          </span>
        ),
      },
      {
        id: 'precinct',
        header: tp('precinct'),
        sort: sort('precinct', tp('precinct')),
        hideOnPhone: true,
        className: 'tabular-nums whitespace-nowrap',
        cell: (r) => (r.precinct ? `${r.precinct.ward}-${r.precinct.number}` : '—'),
      },
      { id: 'stage', header: tp('stage'), sort: sort('stage', tp('stage')), cell: (r) => tStage(r.ladderStage) },
      {
        id: 'language',
        header: tp('language'),
        sort: sort('language', tp('language')),
        hideOnPhone: true,
        cell: (r) => r.preferredLanguage.toUpperCase(),
      },
      { id: 'voter', header: tp('voter'), hideOnPhone: true, cell: (r) => tVoter(r.registeredVoter) },
      {
        id: 'memberSince',
        header: tp('memberSince'),
        sort: sort('memberSince', tp('memberSince')),
        hideOnPhone: true,
        className: 'whitespace-nowrap',
        cell: (r) => day(r.memberSince),
      },
      ...(showContacted ? [{
        id: 'contacted',
        header: tp('lastContacted'),
        sort: sort('contacted', tp('lastContacted')),
        hideOnPhone: true,
        className: 'whitespace-nowrap',
        cell: (r: TPeopleListRow) => (r.lastContactedAt ? formatDate(format, r.lastContactedAt) : <span className="text-stone-500">{tp('neverContacted')}</span>),
      }] : []),
      {
        id: 'updated',
        header: tp('updated'),
        sort: sort('updated', tp('updated')),
        hideOnPhone: true,
        className: 'whitespace-nowrap',
        cell: (r) => formatDate(format, r.updatedAt),
      },
    ];
  }, [sorts, tStage, tVoter, tp, format, showContacted]);

  const selectedIds = Object.keys(selection).filter((id) => selection[id]);
  const names = new Map(rows.map((r) => [r.id, displayName(r)]));

  return (
    <div className="space-y-3">
      {/* Columns beyond name and stage do not fit a phone, so the choice is offered from the small breakpoint up. */}
      <div className="hidden flex-wrap items-center justify-end gap-2 sm:flex">
        <ColumnMenu
          label={tp('columns')}
          columns={columns.slice(1).map((c) => ({ id: c.id, header: c.header }))}
          visibility={visibility}
          onChange={(id, visible) => setVisibility((old) => ({ ...old, [id]: visible }))}
        />
      </div>
      {notice ? (
        <p role="status" className="rounded-md border border-brand-200 bg-brand-50 px-3 py-2 text-sm text-brand-900">
          {notice}
        </p>
      ) : null}
      {canBulkEdit && selectedIds.length > 0 ? (
        <BulkActions
          personIds={selectedIds}
          circles={circles}
          addTags={addTags}
          removeTags={removeTags}
          onClear={() => setSelection({})}
          onDone={(changed) => {
            setNotice(tp('bulkDone', { count: changed }));
            setSelection({});
          }}
        />
      ) : null}
      <DataTable
        columns={columns}
        rows={rows}
        rowId={(r) => r.id}
        caption={tp('title')}
        empty={filtered ? tp('emptyFiltered') : tp('empty')}
        visibility={visibility}
        onVisibilityChange={setVisibility}
        selection={
          canBulkEdit
            ? {
                state: selection,
                onChange: setSelection,
                allLabel: tp('selectAll'),
                rowLabel: (r) => tp('selectRow', { name: names.get((r as TPeopleListRow).id) ?? '' }),
              }
            : undefined
        }
      />
    </div>
  );
}
