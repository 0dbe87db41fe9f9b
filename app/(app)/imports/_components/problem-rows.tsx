import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import type { TProblemRow } from '@/lib/data/imports/reads';
import { problemText } from './problem-text';

/** The rows that were not imported, each with its line and its reasons, and the whole list as a CSV. */
export async function ProblemRows({ id, rows, total, headers }: { id: string; rows: TProblemRow[]; total: number; headers: string[] }) {
  const [t, format] = await Promise.all([getTranslations('imports'), getFormatter()]);
  if (total === 0) return null;
  return (
    <section aria-labelledby="problems-title" className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="problems-title" className="text-lg font-semibold text-stone-900">
            {t('problems.title')} <span className="text-stone-500 tabular-nums">({format.number(total)})</span>
          </h2>
          <p className="text-sm text-stone-600">{t('problems.help')}</p>
        </div>
        <a href={`/imports/${id}/rows-to-fix`} download className={buttonClass('secondary', 'md')}>
          {t('problems.download')}
        </a>
      </div>
      <ol className="divide-y divide-stone-100 overflow-hidden rounded-xl border border-stone-200 bg-white">
        {rows.map((r) => (
          <li key={r.line} className="grid gap-1 px-4 py-3 sm:grid-cols-[5rem_1fr]">
            <span className="text-sm font-medium text-stone-500 tabular-nums">
              {t('problems.row')} {r.line}
            </span>
            <div className="min-w-0 space-y-1">
              {r.outcome === 'CONFLICT' ? (
                <p className="text-sm text-red-800">
                  {t('problems.conflict')}{' '}
                  {r.matched.map((m, i) => (
                    <span key={m.id}>
                      {i > 0 ? ', ' : ''}
                      <Link href={`/people/${m.id}`} className="font-medium underline">
                        {m.name}
                      </Link>
                    </span>
                  ))}
                </p>
              ) : (
                <ul className="space-y-0.5 text-sm text-red-800">
                  {r.problems.map((p) => (
                    <li key={p}>{problemText(t, p, headers, r.cells)}</li>
                  ))}
                </ul>
              )}
              <p className="truncate text-xs text-stone-500" title={r.cells.join(' · ')}>
                <span className="sr-only">{t('problems.values')}: </span>
                {r.cells.filter(Boolean).join(' · ')}
              </p>
            </div>
          </li>
        ))}
      </ol>
      {rows.length < total ? <p className="text-sm text-stone-600">{t('problems.more', { shown: rows.length, total: format.number(total) })}</p> : null}
    </section>
  );
}
