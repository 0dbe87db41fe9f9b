import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PersonForm } from '@/components/person-form/person-form';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/access/capabilities';
import { listPrecinctOptions } from '@/lib/data/people/form';
import { requirePage } from '@/lib/entry/page';
import { FIRST_STAGE } from '@/lib/vocabulary/ladder';
import { createPersonAction } from '../person-form-actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('personForm'))('newTitle') };
}

// Nothing about texts or email is assumed: each answer starts unknown (the form's default).
const BLANK = { preferredLanguage: 'es', ladderStage: FIRST_STAGE, registeredVoter: 'UNKNOWN', contactConsent: false };

export default async function NewPersonPage() {
  const actor = await requirePage('people.create');
  const [t, precincts] = await Promise.all([getTranslations('personForm'), listPrecinctOptions(actor)]);
  return (
    <>
      <PageHeader title={t('newTitle')} subtitle={t('newSubtitle')} />
      <PersonForm action={createPersonAction} initial={BLANK} precincts={precincts} cancelHref="/people" submitLabel={t('create')} organizing={can(actor, 'people.organize')} />
    </>
  );
}
