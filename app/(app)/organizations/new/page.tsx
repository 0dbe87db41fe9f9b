import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { listOwnerCandidates } from '@/lib/data/organizations/write';
import { requireArea } from '@/lib/entry/page';
import { OrganizationForm } from '../_components/organization-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('organization'))('form.newTitle') };
}

export default async function NewOrganizationPage() {
  const actor = await requireArea('organizations');
  // The data layer refuses anyone else too; this only spares them a form they cannot use.
  if (actor.role !== 'ADMIN') notFound();
  const [t, owners] = await Promise.all([getTranslations(), listOwnerCandidates(actor)]);
  return (
    <>
      <BackLink href="/organizations" label={t('organization.back')} />
      <PageHeader title={t('organization.form.newTitle')} />
      <OrganizationForm owners={owners} />
    </>
  );
}
