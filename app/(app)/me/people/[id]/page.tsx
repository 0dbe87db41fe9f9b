import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { getMyPerson } from '@/lib/data/people/my-people';
import { displayName } from '@/lib/format/person-name';
import { formatPhone } from '@/lib/format/phone';
import { loadOr404, requireRecordPage } from '@/lib/entry/page';
import { MyPersonForm } from '../_components/my-person-form';

type TProps = { params: Promise<{ id: string }> };

async function load(params: TProps['params']) {
  const { actor, id } = await requireRecordPage('area.me', (await params).id);
  // Only the user's own people: anyone else answers 404, as if they did not exist.
  return loadOr404(getMyPerson(actor, id));
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: displayName(await load(params)) };
}

export default async function EditMyPersonPage({ params }: TProps) {
  const [person, t] = await Promise.all([load(params), getTranslations('myPeople')]);
  return (
    <div className="mx-auto max-w-2xl">
      <BackLink href="/me/people" label={t('title')} big />
      <PageHeader title={displayName(person)} subtitle={t('editIntro')} />
      <MyPersonForm
        mode="edit"
        person={{ id: person.id, version: person.version, givenName: person.givenName ?? '', familyName: person.familyName ?? '', phone: person.phone ? formatPhone(person.phone) : '' }}
      />
    </div>
  );
}
