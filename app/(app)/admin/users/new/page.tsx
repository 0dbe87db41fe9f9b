import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { listScopeOptions } from '@/lib/data/admin/users';
import { loadOr404, requirePage } from '@/lib/entry/page';
import { InviteForm } from '../_components/invite-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.invite'))('title') };
}

export default async function InvitePage() {
  const actor = await requirePage('admin.users');
  const [t, options] = await Promise.all([getTranslations('admin'), loadOr404(listScopeOptions(actor))]);
  return (
    <div className="max-w-4xl">
      <BackLink href="/admin/users" label={t('users.title')} />
      <PageHeader title={t('invite.title')} subtitle={t('invite.subtitle')} />
      <InviteForm options={options} />
    </div>
  );
}
