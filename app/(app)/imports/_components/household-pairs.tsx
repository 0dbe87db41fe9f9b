import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { THouseholdView } from '@/lib/data/imports/households';

type TProps = {
  pairs: THouseholdView[];
  total: number;
  /** In the review: the id of the merge form the "Same person" boxes belong to. After the merge: none. */
  mergeForm?: string;
};

/**
 * The import's households, by name: two groups of the file, or a row and someone already in
 * Leaven, who share a phone or an email under clearly different names. In the review each pair has
 * a "Same person" box that goes with the merge form; after the merge, what became of each pair.
 */
export async function HouseholdPairs({ pairs, total, mergeForm }: TProps) {
  const t = await getTranslations('importHouseholds');
  if (total === 0) return null;
  const titleId = mergeForm ? 'households-title' : 'households-done-title';
  const otherName = (p: THouseholdView) => p.other?.name ?? t('gone');
  return (
    <section aria-labelledby={titleId} className="space-y-3 rounded-xl border border-crust-100 bg-crust-50 p-4">
      <div>
        <h2 id={titleId} className="text-lg font-semibold text-stone-900">
          {mergeForm ? t('title') : t('doneTitle')}
        </h2>
        <p className="text-sm text-stone-700">{mergeForm ? t('help') : t('doneHelp')}</p>
      </div>
      <ul className="divide-y divide-crust-100 rounded-lg bg-white ring-1 ring-crust-100">
        {pairs.map((p) => (
          <li key={p.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-3 py-2.5 text-sm">
            <p className="min-w-0 text-stone-800">
              <strong className="font-semibold">{p.name}</strong> <span className="text-stone-600">({t('row', { line: p.line })})</span> {t('shares', { via: p.via })}{' '}
              {p.other && 'personId' in p.other ? (
                <>
                  <Link href={`/people/${p.other.personId}`} className="font-semibold text-brand-800 underline">
                    {p.other.name}
                  </Link>{' '}
                  <span className="text-stone-600">({t('inLeaven')})</span>
                </>
              ) : p.other ? (
                <>
                  <strong className="font-semibold">{p.other.name}</strong> <span className="text-stone-600">({t('row', { line: p.other.line })})</span>
                </>
              ) : (
                <span>{t('gone')}</span>
              )}
            </p>
            {mergeForm ? (
              <label className="flex min-h-10 cursor-pointer items-center gap-2 font-medium text-stone-800">
                <input type="checkbox" name="join" value={p.id} form={mergeForm} defaultChecked={p.merge} className="size-4 accent-brand-700" />
                {t('sameShort')}
                <span className="sr-only">{t('same', { name: p.name, other: otherName(p) })}</span>
              </label>
            ) : (
              <span className="text-stone-700">{p.merge ? t('merged') : t('linked')}</span>
            )}
          </li>
        ))}
      </ul>
      {total > pairs.length ? <p className="text-sm text-stone-700">{t('more', { count: total - pairs.length })}</p> : null}
    </section>
  );
}
