'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { TServerAction } from '@/components/forms/server-action';
import { Combobox, type TComboboxOption } from '@/components/ui/combobox';
import type { TGlobalHits } from '@/lib/data/people/search';

// The shell's search box, over the one combobox: it asks a server action as you type and jumps
// to the person, circle or organization chosen. Without JavaScript, or on Enter with nothing
// chosen, it is a plain GET form to /search.

type TOption = TComboboxOption & { href: string };

function toOptions(hits: TGlobalHits, t: (key: string) => string, canFilterByCircle: boolean): TOption[] {
  return [
    ...hits.people.map((p) => ({ key: `p${p.id}`, href: `/people/${p.id}`, label: p.name, detail: p.place, group: t('people') })),
    // A circle or organization opens the people table filtered to it.
    ...hits.circles.map((c) => ({ key: `c${c.id}`, href: canFilterByCircle ? `/people?circle=${c.id}` : '/circles', label: c.name, group: t('circles') })),
    ...hits.organizations.map((o) => ({ key: `o${o.id}`, href: `/people?org=${o.id}`, label: o.name, group: t('organizations') })),
  ];
}

export function GlobalSearch({ canFilterByCircle, search }: { canFilterByCircle: boolean; search: TServerAction<{ q: string }, TGlobalHits> }) {
  const t = useTranslations('people.globalSearch');
  const router = useRouter();
  const find = async (q: string) => {
    const result = await search(null, { q });
    return result.ok ? toOptions(result.data, t, canFilterByCircle) : [];
  };
  return (
    <form action="/search" method="get" role="search">
      <Combobox
        label={t('label')}
        labelHidden
        name="q"
        type="search"
        placeholder={t('placeholder')}
        search={find}
        onPick={(o) => router.push(o.href)}
        onEnter={(q) => (q ? router.push(`/search?q=${encodeURIComponent(q)}`) : undefined)}
        messages={{ searching: t('searching'), noResults: t('noResults') }}
        inputClassName="py-1.5! sm:text-sm"
      />
    </form>
  );
}
