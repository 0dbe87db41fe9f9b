import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { getCountries } from 'libphonenumber-js';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { orgClock } from '@/lib/data/admin/clock';
import { getOrganizationSettings } from '@/lib/data/admin/organization';
import { getSettings } from '@/lib/data/admin/settings';
import { loadOr404, requirePage } from '@/lib/entry/page';
import { BackupsSection } from './_components/backups-section';
import { formatDateTime } from '@/lib/format/dates';
import { OrganizationForm } from './_components/organization-form';
import { getSessionPolicy } from '@/lib/data/admin/session-policy';
import { RetentionForm } from './_components/retention-form';
import { SessionPolicyForm } from './_components/session-policy-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('settings'))('title') };
}

export default async function SettingsPage() {
  const actor = await requirePage('admin.settings');
  const [t, tOrg, tPolicy, format, locale, settings, organization, policy, clock] = await Promise.all([
    getTranslations('settings'),
    getTranslations('orgSettings'),
    getTranslations('security.policy'),
    getFormatter(),
    getLocale(),
    loadOr404(getSettings(actor)),
    loadOr404(getOrganizationSettings(actor)),
    loadOr404(getSessionPolicy(actor)),
    orgClock(),
  ]);
  const regions = new Intl.DisplayNames([locale], { type: 'region' });
  const countries = getCountries()
    .map((code) => ({ value: code, label: `${regions.of(code) ?? code} (${code})` }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Card title={tOrg('title')}>
        <p className="mb-2 text-sm text-stone-700">{tOrg('explain')}</p>
        <p className="mb-4 text-sm text-stone-600">{tOrg('now', { time: formatDateTime(format, clock.now, clock.timeZone), zone: clock.timeZone })}</p>
        <OrganizationForm current={organization} zones={Intl.supportedValuesOf('timeZone')} countries={countries} />
      </Card>
      <Card title={t('trash.title')}>
        <p className="mb-4 text-sm text-stone-700">{t('trash.explain')}</p>
        <RetentionForm current={settings.trashRetentionDays} version={settings.version} />
        <Link href="/people/trash" className="mt-4 inline-block text-sm font-medium text-brand-800 hover:underline">
          {t('trash.open')}
        </Link>
      </Card>
      <Card title={tPolicy('title')}>
        <p className="mb-4 text-sm text-stone-700">{tPolicy('explain')}</p>
        <SessionPolicyForm policy={policy} />
      </Card>
      <BackupsSection actor={actor} />
    </div>
  );
}
