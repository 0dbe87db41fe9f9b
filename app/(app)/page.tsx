import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/actor';
import { getHomeSummary } from '@/lib/data/dashboard';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('home'))('title') };
}

export default async function HomePage() {
  const actor = await requireActor();
  const [t, format, summary] = await Promise.all([getTranslations('home'), getFormatter(), getHomeSummary(actor)]);
  const stats = [
    { label: t('people'), value: summary.people, href: '/people' },
    { label: t('members'), value: summary.members, href: '/people' },
    { label: t('circles'), value: summary.circles, href: '/circles' },
    ...(actor.role === 'MEMBER'
      ? []
      : [
          { label: t('organizations'), value: summary.organizations, href: '/organizations' },
          { label: t('followUpsDue'), value: summary.followUpsDue, href: '/people' },
        ]),
  ];
  return (
    <>
      <PageHeader title={t('greeting')} subtitle={actor.role === 'ADMIN' ? undefined : t('scopeNote')} />
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {stats.map((s) => (
          <li key={s.label}>
            <Link href={s.href} className="block rounded-xl border border-stone-200 bg-white p-4 shadow-xs hover:border-brand-200 hover:bg-brand-50/40">
              <span className="block text-3xl font-semibold tabular-nums text-brand-800">{format.number(s.value)}</span>
              <span className="mt-1 block text-sm text-stone-600">{s.label}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
