import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Input } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/access/capabilities';
import { requireActor } from '@/lib/auth/actor';
import { globalSearch } from '@/lib/data/people/search';

// The shell search's results as a page: where Enter goes, and what works without JavaScript.

const ZSearchParams = z.object({ q: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().trim().max(100).catch('')).default('') });

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('people.globalSearch'))('title') };
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const { q } = ZSearchParams.parse(await searchParams);
  const [t, hits] = await Promise.all([getTranslations('people.globalSearch'), globalSearch(actor, q, { people: 25 })]);
  const { people } = hits;
  // Members do not filter people by circle: a circle found takes them to their circles.
  const byCircle = can(actor, 'people.filterByGroup');
  const section = (title: string, items: { key: string; href: string; label: string; detail?: string | null }[]) =>
    items.length ? (
      <Card title={title}>
        <ul className="divide-y divide-stone-100">
          {items.map((i) => (
            <li key={i.key} className="py-2">
              <Link href={i.href} className="font-medium text-brand-800 hover:underline">
                {i.label}
              </Link>
              {i.detail ? <span className="ml-2 text-sm text-stone-500 tabular-nums">{i.detail}</span> : null}
            </li>
          ))}
        </ul>
      </Card>
    ) : null;
  const nothing = people.length + hits.circles.length + hits.organizations.length === 0;
  return (
    <>
      <PageHeader title={t('title')} subtitle={q ? t('resultsFor', { q }) : undefined} />
      <form action="/search" method="get" role="search" className="mb-6 flex max-w-md gap-2">
        <label htmlFor="search-q" className="sr-only">
          {t('label')}
        </label>
        <Input id="search-q" name="q" type="search" defaultValue={q} />
        <Button type="submit">
          {t('title')}
        </Button>
      </form>
      {q.length < 2 ? <p className="text-stone-600">{t('hint')}</p> : nothing ? <p className="text-stone-600">{t('noResults')}</p> : null}
      <div className="grid gap-4 lg:grid-cols-2">
        {section(t('people'), people.map((p) => ({ key: p.id, href: `/people/${p.id}`, label: p.name, detail: p.place })))}
        {section(t('circles'), hits.circles.map((c) => ({ key: c.id, href: byCircle ? `/people?circle=${c.id}` : '/circles', label: c.name })))}
        {section(t('organizations'), hits.organizations.map((o) => ({ key: o.id, href: `/people?org=${o.id}`, label: o.name })))}
      </div>
    </>
  );
}
