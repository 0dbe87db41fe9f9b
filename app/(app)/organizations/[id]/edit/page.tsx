import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { getOrganizationForEdit, listOwnerCandidates } from '@/lib/data/organizations/read';
import { loadOr404, requireRecordPage } from '@/lib/entry/page';
import { OrganizationForm } from '../../_components/organization-form';

type TProps = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('organization'))('edit') };
}

export default async function EditOrganizationPage({ params }: TProps) {
  const { actor, id } = await requireRecordPage('area.organizations', (await params).id);
  // Leadership and the owning coordinator only: anyone else gets the 404 page.
  const org = await loadOr404(getOrganizationForEdit(actor, id));
  const [t, owners] = await Promise.all([getTranslations(), org.canChangeOwner ? listOwnerCandidates(actor) : Promise.resolve(undefined)]);
  return (
    <>
      <BackLink href={`/organizations/${org.id}`} label={org.name} />
      <PageHeader title={t('organization.form.editTitle', { name: org.name })} />
      <OrganizationForm organization={org} owners={owners} ownerName={org.ownerName} />
    </>
  );
}
