import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { SimpleTable } from '@/components/ui/simple-table';
import type { TPreviewRow } from '@/lib/data/imports/reads';
import { displayName } from '@/lib/format/person-name';
import { formatPhone } from '@/lib/format/phone';
import { problemText } from './problem-text';

/** The first rows of the file exactly as the import will save them, problems shown where they are. */
export async function PreviewTable({ rows, headers, precincts }: { rows: TPreviewRow[]; headers: string[]; precincts: Map<string, string> }) {
  const t = await getTranslations('imports');
  const none = <span className="text-stone-400">{t('preview.none')}</span>;
  const list = (items: string[]) => (items.length ? <span className="flex flex-col">{items.map((i) => <span key={i} className="whitespace-nowrap">{i}</span>)}</span> : none);
  return (
    <section aria-labelledby="preview-title" className="space-y-3">
      <h2 id="preview-title" className="text-lg font-semibold text-stone-900">
        {t('preview.title')}
      </h2>
      <SimpleTable<TPreviewRow>
        caption={t('preview.title')}
        rows={rows}
        rowKey={(r) => String(r.line)}
        empty={t('empty')}
        columns={[
          { key: 'line', header: t('preview.row'), cell: (r) => r.line, className: 'tabular-nums text-stone-500' },
          {
            key: 'name',
            header: t('preview.name'),
            cell: ({ row }) => (row.givenName || row.familyName || row.preferredName ? <span className="font-medium">{displayName(row)}</span> : none),
          },
          { key: 'emails', header: t('preview.emails'), cell: ({ row }) => list(row.emails) },
          { key: 'phones', header: t('preview.phones'), cell: ({ row }) => list(row.phones.map(formatPhone)) },
          {
            key: 'address',
            header: t('preview.address'),
            cell: ({ row }) => [row.street, row.city, row.postalCode].filter(Boolean).join(', ') || none,
            hideOnPhone: true,
          },
          { key: 'precinct', header: t('preview.precinct'), cell: ({ row }) => (row.precinctId ? precincts.get(row.precinctId) : none), hideOnPhone: true },
          {
            key: 'tags',
            header: t('preview.tags'),
            cell: ({ row }) => (row.tags.length ? <span className="flex flex-wrap gap-1">{row.tags.map((tag) => <Badge key={tag}>{tag}</Badge>)}</span> : none),
            hideOnPhone: true,
          },
          {
            key: 'flags',
            header: t('preview.flags'),
            cell: ({ row }) => {
              const flags = [
                row.emailOptIn === false ? t('preview.unsubscribed') : null,
                row.smsOptIn === false ? t('preview.noTexts') : null,
                row.doNotCall ? t('preview.doNotCall') : null,
                row.doNotContact ? t('preview.doNotContact') : null,
              ].filter((f): f is string => f !== null);
              return flags.length ? <span className="flex flex-wrap gap-1">{flags.map((f) => <Badge key={f} tone="warm">{f}</Badge>)}</span> : none;
            },
            hideOnPhone: true,
          },
          {
            key: 'problems',
            header: t('preview.problems'),
            cell: (r) =>
              r.row.problems.length ? (
                <ul className="min-w-56 space-y-1 text-red-800">
                  {r.row.problems.map((p) => <li key={p}>{problemText(t, p, headers, r.cells)}</li>)}
                </ul>
              ) : (
                <Badge tone="brand">{t('preview.ok')}</Badge>
              ),
          },
        ]}
      />
    </section>
  );
}
