import { getFormatter, getTranslations } from 'next-intl/server';
import type { TUnknownPlaces } from '@/lib/data/imports/unknown-places';
import { ImportButton } from './import-buttons';

const SHOWN = 30;

/**
 * The precincts the file names that Leaven does not have: listed, and added (with their wards)
 * only when leadership confirms here; the file is then checked again.
 */
export async function UnknownPlaces({ id, unknown }: { id: string; unknown: TUnknownPlaces }) {
  const [t, format] = await Promise.all([getTranslations('imports.places'), getFormatter()]);
  if (unknown.places.length === 0) return null;
  const names = unknown.places.slice(0, SHOWN).map((p) => `${p.ward}-${p.precinct}`);
  const more = unknown.places.length - names.length;
  return (
    <section aria-labelledby="unknown-places" className="space-y-3 rounded-xl border border-crust-100 bg-crust-50 p-4 text-sm text-stone-800">
      <h2 id="unknown-places" className="font-semibold text-crust-700">
        {t('title', { count: unknown.places.length, rows: format.number(unknown.rows) })}
      </h2>
      <p className="tabular-nums">
        {names.join(', ')}
        {more > 0 ? ` ${t('more', { count: more })}` : ''}
      </p>
      <p>{t('explain')}</p>
      <ImportButton id={id} kind="addPlaces" label={t('add', { count: unknown.places.length })} />
    </section>
  );
}
