'use client';

import { useTranslations } from 'next-intl';
import type { TScopeOptions } from '@/lib/data/admin/users';

type TChosen = { circleIds: string[]; organizationIds: string[]; precinctIds: string[] };

/** Circles, organizations and precincts to assign to a coordinator, as three checkbox lists. */
export function ScopeChecklist({ options, chosen }: { options: TScopeOptions; chosen: TChosen }) {
  const t = useTranslations('admin.scope');
  const groups = [
    { name: 'circleIds', label: t('circles'), items: options.circles, chosen: chosen.circleIds },
    { name: 'organizationIds', label: t('organizations'), items: options.organizations, chosen: chosen.organizationIds },
    { name: 'precinctIds', label: t('precincts'), items: options.precincts, chosen: chosen.precinctIds },
  ];
  return (
    <div className="grid gap-4 md:grid-cols-3">
      {groups.map((g) => (
        <fieldset key={g.name} className="min-w-0">
          <legend className="mb-1 text-sm font-semibold text-stone-700">
            {g.label} <span className="font-normal text-stone-500">({g.chosen.length})</span>
          </legend>
          <div className="max-h-64 space-y-0.5 overflow-y-auto rounded-md border border-stone-200 bg-white p-2">
            {g.items.length === 0 ? <p className="p-1 text-sm text-stone-500">{t('none')}</p> : null}
            {g.items.map((item) => (
              <label key={item.id} className="flex items-start gap-2 rounded px-1 py-1 text-sm hover:bg-stone-50">
                <input type="checkbox" name={g.name} value={item.id} defaultChecked={g.chosen.includes(item.id)} className="mt-0.5 size-4 accent-brand-700" />
                <span className="min-w-0 break-words">{item.name}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
