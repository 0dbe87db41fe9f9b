import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { listOwnerCandidates } from '@/lib/data/organizations/read';
import { requirePage } from '@/lib/entry/page';
import { OrganizationForm } from '../_components/organization-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('organization'))('form.newTitle') };
}

export default async function NewOrganizationPage() {
  // The data layer refuses anyone else too; this only spares them a form they cannot use.
  const actor = await requirePage('organizations.create');
  const [t, owners] = await Promise.all([getTranslations(), listOwnerCandidates(actor)]);
  return (
    <>
      <BackLink href="/organizations" label={t('organization.back')} />
      <PageHeader title={t('organization.form.newTitle')} />
      <OrganizationForm owners={owners} />
    </>
  );
}
