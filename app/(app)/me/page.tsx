import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PersonDetails, personTitle } from '@/components/person/person-details';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getPerson } from '@/lib/data/people';
import { requireArea } from '@/lib/page-helpers';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('me'))('title') };
}

export default async function MyProfilePage() {
  const actor = await requireArea('me');
  const t = await getTranslations();
  const person = actor.personId ? await getPerson(actor, actor.personId) : null;
  return (
    <>
      <PageHeader title={person ? personTitle(person) : t('me.title')} subtitle={`${actor.email} · ${t(`role.${actor.role}`)}`} />
      {person ? (
        <PersonDetails person={person} />
      ) : (
        <Card>
          <p className="text-stone-600">{t('me.noPerson')}</p>
        </Card>
      )}
    </>
  );
}
