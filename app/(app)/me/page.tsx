import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { accountName } from '@/lib/format/account';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getMyProfile, myProfileFormValues } from '@/lib/data/profile/me';
import { languageOptions } from '@/lib/format/languages';
import { displayName } from '@/lib/format/person-name';
import { requirePage } from '@/lib/entry/page';
import { isCircleLeader } from '@/lib/validation/circle';
import { ProfileForm } from './_components/profile-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('me'))('title') };
}

export default async function MyProfilePage() {
  const actor = await requirePage('area.me');
  const [t, profile, locale] = await Promise.all([getTranslations(), getMyProfile(actor), getLocale()]);
  const account = (
    <Card title={t('me.account')}>
      <dl className="grid grid-cols-[6rem_1fr] gap-x-3 gap-y-2 text-base">
        <dt className="text-stone-500">{t('me.signInEmail')}</dt>
        <dd className="min-w-0 break-words">{accountName(actor)}</dd>
        <dt className="text-stone-500">{t('me.role')}</dt>
        <dd>{t(`role.${actor.role}`)}</dd>
      </dl>
      <Link href="/me/security" className="mt-3 inline-block font-medium text-brand-800 hover:underline">
        {t('security.link')} →
      </Link>
    </Card>
  );
  if (!profile) {
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <PageHeader title={t('me.title')} />
        <Card>
          <p className="text-stone-600">{t('me.noPerson')}</p>
        </Card>
        {account}
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <PageHeader title={displayName(profile)} subtitle={t('me.intro')} />
      <Link
        href="/me/people"
        className="flex min-h-14 items-center justify-between rounded-xl border border-brand-200 bg-brand-50 px-4 py-3 text-lg font-semibold text-brand-900 hover:bg-brand-100"
      >
        {t('myPeople.title')}
        <span aria-hidden>→</span>
      </Link>
      <ProfileForm initial={myProfileFormValues(profile)} version={profile.version} languages={languageOptions(locale, profile.preferredLanguage)} />
      <Card title={t('me.circles')}>
        {profile.circles.length ? (
          <ul className="divide-y divide-stone-100">
            {profile.circles.map((c) => (
              <li key={c.id} className="flex items-center justify-between gap-3 py-2 text-base">
                <span>{c.name}</span>
                <Badge tone={isCircleLeader(c.role) ? 'brand' : 'neutral'}>{t(`circleRole.${c.role}`)}</Badge>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-stone-600">{t('me.noCircles')}</p>
        )}
      </Card>
      {account}
    </div>
  );
}
