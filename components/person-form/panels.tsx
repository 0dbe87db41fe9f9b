'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';

/** Possible duplicates among the people the user may see, with a way to save anyway. */
export function DuplicatePanel({ people }: { people: { id: string; name: string }[] }) {
  const t = useTranslations('personForm');
  return (
    <div role="alert" className="rounded-xl border border-crust-100 bg-crust-50 p-4 text-sm">
      <p className="font-medium text-crust-700">{t('duplicateTitle')}</p>
      <ul className="mt-2 list-disc pl-5">
        {people.map((p) => (
          <li key={p.id}>
            <Link href={`/people/${p.id}`} className="text-brand-800 underline" target="_blank">
              {p.name}
            </Link>
          </li>
        ))}
      </ul>
      <button type="submit" name="confirmDuplicate" value="1" className="mt-3 rounded-md border border-crust-500 bg-white px-3 py-1.5 font-medium text-crust-700 hover:bg-crust-100">
        {t('saveAnyway')}
      </button>
    </div>
  );
}

/** Someone saved in between: show what they changed; the user's own edits stay in the form below. */
export function ConflictPanel({ currentVersion, theirs }: { currentVersion: number; theirs: { field: string; value: string }[] }) {
  const t = useTranslations('personForm');
  return (
    <div role="alert" className="rounded-xl border border-red-200 bg-red-50 p-4 text-sm">
      <p className="font-medium text-red-900">{t('conflictTitle')}</p>
      {theirs.length ? (
        <table className="mt-2 w-full text-left">
          <thead>
            <tr className="text-red-900">
              <th className="py-1 pr-3 font-medium">{t('conflictField')}</th>
              <th className="py-1 font-medium">{t('conflictTheirs')}</th>
            </tr>
          </thead>
          <tbody>
            {theirs.map((c) => (
              <tr key={c.field} className="border-t border-red-100">
                <td className="py-1 pr-3">{t.has(`field.${c.field}`) ? t(`field.${c.field}`) : c.field}</td>
                <td className="py-1 break-words">{c.value || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p className="mt-2 text-red-900">{t('conflictHelp')}</p>
      <button type="submit" name="acceptVersion" value={currentVersion} className="mt-3 rounded-md bg-red-800 px-3 py-1.5 font-medium text-white hover:bg-red-900">
        {t('saveMine')}
      </button>
    </div>
  );
}
