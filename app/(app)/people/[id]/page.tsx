import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PersonDetails, personTitle } from '@/components/person/person-details';
import { PageHeader } from '@/components/ui/page-header';
import { getPerson } from '@/lib/data/people';
import { loadOr404, requireArea } from '@/lib/page-helpers';
import { ZPersonId } from '@/lib/validation/person';

type TProps = { params: Promise<{ id: string }> };

async function load(params: TProps['params']) {
  const actor = await requireArea('people');
  const id = ZPersonId.safeParse((await params).id);
  if (!id.success) notFound();
  return loadOr404(getPerson(actor, id.data));
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: personTitle(await load(params)) };
}

export default async function PersonPage({ params }: TProps) {
  const [person, t] = await Promise.all([load(params), getTranslations()]);
  const where = person.precinct ? `${t('people.precinct')}: ${person.precinct.ward.number}-${person.precinct.number}` : undefined;
  return (
    <>
      <Link href="/people" className="mb-2 inline-block text-sm text-brand-800 hover:underline">
        ← {t('person.back')}
      </Link>
      <PageHeader title={personTitle(person)} subtitle={where} />
      <PersonDetails person={person} />
    </>
  );
}
