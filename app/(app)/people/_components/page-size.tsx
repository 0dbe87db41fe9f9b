'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { Select } from '@/components/ui/input';

/** Rows per page: part of the URL like the rest of the table's state; a change starts at the first page. */
export function PageSize({ size, hrefs }: { size: number; hrefs: Record<string, string> }) {
  const t = useTranslations('people');
  const router = useRouter();
  return (
    <div className="flex items-center gap-2 text-sm text-stone-600">
      <label htmlFor="people-page-size">{t('pageSize')}</label>
      <Select look="row" inline
        id="people-page-size"
        value={size}
        onChange={(e) => router.push(hrefs[e.target.value] ?? '/people')}
       
      >
        {Object.keys(hrefs).map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </Select>
    </div>
  );
}
