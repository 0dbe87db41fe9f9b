import { getTranslations } from 'next-intl/server';

/** A tie's strength, 1 to 3, as dots with the word beside them (never colour or dots alone). */
export async function Strength({ value }: { value: number }) {
  const t = await getTranslations('profile.relationships');
  return (
    <span className="inline-flex items-center gap-1 text-xs text-stone-600">
      <span aria-hidden className="tracking-tighter text-brand-700">
        {'●'.repeat(value)}
        <span className="text-stone-300">{'●'.repeat(3 - value)}</span>
      </span>
      {t(`strengthValue.${value}`)}
    </span>
  );
}
