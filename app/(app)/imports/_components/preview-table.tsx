import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { SimpleTable, type TColumn } from '@/components/ui/simple-table';
import type { TPreviewRow } from '@/lib/data/imports/reads';
import type { TMapping } from '@/lib/vocabulary/import-fields';
import { displayName } from '@/lib/format/person-name';
import { formatPhone } from '@/lib/format/phone';
import { problemText } from './problem-text';

type TProps = { rows: TPreviewRow[]; headers: string[]; mapping: TMapping; precincts: Map<string, string> };

/**
 * The first rows of the file exactly as the import will save them, problems shown where they
 * are: a table on wide screens (only the columns the mapping fills), a card per row on a phone.
 */
export async function PreviewTable({ rows, headers, mapping, precincts }: TProps) {
  const t = await getTranslations('imports');
  const none = <span className="text-stone-500">{t('preview.none')}</span>;
  const list = (items: string[]) => (items.length ? <span className="flex flex-col">{items.map((i) => <span key={i} className="break-all sm:break-normal sm:whitespace-nowrap">{i}</span>)}</span> : none);
  const badges = (items: string[], tone: 'neutral' | 'warm' = 'neutral') =>
    items.length ? <span className="flex flex-wrap gap-1">{items.map((i) => <Badge key={i} tone={tone}>{i}</Badge>)}</span> : none;
  const mapped = (...fields: string[]) => mapping.some((f) => f !== null && fields.includes(f));
  const flags = ({ row }: TPreviewRow) =>
    [
      row.emailOptIn === false ? t('preview.unsubscribed') : null,
      row.smsOptIn === false ? t('preview.noTexts') : null,
      row.doNotCall ? t('preview.doNotCall') : null,
      row.doNotContact ? t('preview.doNotContact') : null,
    ].filter((f): f is string => f !== null);
  const problems = (r: TPreviewRow) =>
    r.row.problems.length ? (
      <ul className="space-y-1 text-red-800">
        {r.row.problems.map((p) => (
          <li key={p}>{problemText(t, p, headers, r.cells)}</li>
        ))}
      </ul>
    ) : r.outcome === 'CONFLICT' ? (
      <Badge tone="warm">{t('preview.conflict')}</Badge>
    ) : (
      <Badge tone="brand">{r.outcome === 'MATCH' ? t('preview.match') : t('preview.ok')}</Badge>
    );

  type TField = { key: string; header: string; cell: (r: TPreviewRow) => ReactNode; show: boolean; className?: string };
  const all: TField[] = [
    {
      key: 'name',
      header: t('preview.name'),
      cell: ({ row }) => (row.givenName || row.familyName || row.preferredName ? <span className="font-medium">{displayName(row)}</span> : none),
      show: true,
      className: 'min-w-40',
    },
    { key: 'emails', header: t('preview.emails'), cell: ({ row }) => list(row.emails), show: mapped('email') },
    { key: 'phones', header: t('preview.phones'), cell: ({ row }) => list(row.phones.map((p) => formatPhone(p))), show: mapped('phone') },
    {
      key: 'address',
      header: t('preview.address'),
      cell: ({ row }) => [row.street, row.city, row.postalCode].filter(Boolean).join(', ') || none,
      show: mapped('street', 'street2', 'city', 'postalCode'),
      className: 'min-w-40',
    },
    { key: 'precinct', header: t('preview.precinct'), cell: ({ row }) => (row.precinctId ? precincts.get(row.precinctId) : none), show: mapped('precinct', 'ward') },
    { key: 'tags', header: t('preview.tags'), cell: ({ row }) => badges(row.tags), show: mapped('tags') },
    { key: 'flags', header: t('preview.flags'), cell: (r) => badges(flags(r), 'warm'), show: mapped('emailOptIn', 'smsOptIn', 'doNotCall', 'doNotContact') },
  ];
  const fields = all.filter((f) => f.show);

  const columns: TColumn<TPreviewRow>[] = [
    { key: 'line', header: t('preview.row'), cell: (r) => r.line, className: 'tabular-nums text-stone-500' },
    ...fields.map((f) => ({ key: f.key, header: f.header, cell: f.cell, className: f.className })),
    { key: 'problems', header: t('preview.problems'), cell: problems, className: 'min-w-64' },
  ];

  return (
    <section aria-labelledby="preview-title" className="space-y-3">
      <h2 id="preview-title" className="text-lg font-semibold text-stone-900">
        {t('preview.title')}
      </h2>
      <div className="hidden sm:block">
        <SimpleTable<TPreviewRow> caption={t('preview.title')} rows={rows} rowKey={(r) => String(r.line)} empty={t('empty')} columns={columns} />
      </div>
      <ol className="space-y-3 sm:hidden">
        {rows.map((r) => (
          <li key={r.line} className="rounded-xl border border-stone-200 bg-white p-4 shadow-xs">
            <p className="mb-2 text-sm text-stone-500 tabular-nums">
              {t('preview.row')} {r.line}
            </p>
            <dl className="space-y-2 text-sm">
              {fields.map((f) => (
                <div key={f.key} className="grid grid-cols-[6.5rem_1fr] gap-2">
                  <dt className="text-stone-500">{f.header}</dt>
                  <dd className="min-w-0 break-words">{f.cell(r)}</dd>
                </div>
              ))}
            </dl>
            <div className="mt-2 border-t border-stone-100 pt-2 text-sm">{problems(r)}</div>
          </li>
        ))}
      </ol>
    </section>
  );
}
