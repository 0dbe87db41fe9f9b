import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PersonForm } from '@/components/person-form/person-form';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/access/capabilities';
import { listPrecinctOptions } from '@/lib/data/people/form';
import { languageOptions } from '@/lib/format/languages';
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
  const [t, precincts, locale] = await Promise.all([getTranslations('personForm'), listPrecinctOptions(actor), getLocale()]);
  return (
    <>
      <PageHeader title={t('newTitle')} subtitle={t('newSubtitle')} />
      <PersonForm action={createPersonAction} initial={BLANK} precincts={precincts} languages={languageOptions(locale)} cancelHref="/people" submitLabel={t('create')} organizing={can(actor, 'people.organize')} />
    </>
  );
}
