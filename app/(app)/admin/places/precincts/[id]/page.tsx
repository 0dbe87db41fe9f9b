import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getPrecinctForEdit } from '@/lib/data/places/places';
import { loadOr404, requireRecordPage } from '@/lib/entry/page';
import { searchPeopleAction } from '../../../../_actions/person-search';
import { PrecinctDelete } from '../../_components/precinct-delete';
import { PrecinctForm } from '../../_components/precinct-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('places'))('title') };
}

/** One precinct: its number, name, captain and team; and deleting it, its people moved first. */
export default async function PrecinctPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, id } = await requireRecordPage('places.manage', (await params).id);
  const [t, { ward, precinct, circles, others }] = await Promise.all([getTranslations('places'), loadOr404(getPrecinctForEdit(actor, id))]);
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href={`/admin/places?ward=${ward.id}`} className="font-medium text-brand-800 hover:underline">
          ← {t('precinct.back', { number: ward.number })}
        </Link>
      </p>
      <PageHeader title={t('precinct.title', { ward: ward.number, number: precinct.number })} subtitle={precinct.name ?? t('precinct.subtitle')} />
      <Card>
        <PrecinctForm key={`${precinct.number}-${precinct.name}-${precinct.captain?.id}-${precinct.team?.id}`} precinct={precinct} circles={circles} searchPeople={searchPeopleAction} />
      </Card>
      <PrecinctDelete id={precinct.id} people={precinct.people} others={others} />
    </div>
  );
}
