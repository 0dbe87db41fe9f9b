'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';

/** Rows per page: part of the URL like the rest of the table's state; a change starts at the first page. */
export function PageSize({ size, hrefs }: { size: number; hrefs: Record<string, string> }) {
  const t = useTranslations('people');
  const router = useRouter();
  return (
    <div className="flex items-center gap-2 text-sm text-stone-600">
      <label htmlFor="people-page-size">{t('pageSize')}</label>
      <select
        id="people-page-size"
        value={size}
        onChange={(e) => router.push(hrefs[e.target.value] ?? '/people')}
        className="rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm text-stone-800"
      >
        {Object.keys(hrefs).map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
    </div>
  );
}
