import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getSettings } from '@/lib/data/admin/settings';
import { loadOr404, requirePage } from '@/lib/entry/page';
import { getSessionPolicy } from '@/lib/data/admin/session-policy';
import { RetentionForm } from './_components/retention-form';
import { SessionPolicyForm } from './_components/session-policy-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('settings'))('title') };
}

export default async function SettingsPage() {
  const actor = await requirePage('admin.settings');
  const [t, tPolicy, settings, policy] = await Promise.all([getTranslations('settings'), getTranslations('security.policy'), loadOr404(getSettings(actor)), loadOr404(getSessionPolicy(actor))]);
  return (
    <div className="max-w-3xl">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Card title={t('trash.title')}>
        <p className="mb-4 text-sm text-stone-700">{t('trash.explain')}</p>
        <RetentionForm current={settings.trashRetentionDays} version={settings.version} />
        <Link href="/people/trash" className="mt-4 inline-block text-sm font-medium text-brand-800 hover:underline">
          {t('trash.open')}
        </Link>
      </Card>
      <Card title={tPolicy('title')} className="mt-5">
        <p className="mb-4 text-sm text-stone-700">{tPolicy('explain')}</p>
        <SessionPolicyForm policy={policy} />
      </Card>
    </div>
  );
}
