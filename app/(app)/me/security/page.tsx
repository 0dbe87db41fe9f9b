import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { QrCode } from '@/components/account/qr-code';
import { TwoFactorSetup } from '@/components/account/two-factor-setup';
import { BackLink } from '@/components/ui/back-link';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getSignedIn } from '@/lib/auth/actor';
import { listMySessions } from '@/lib/data/account/sessions';
import { getTwoFactorStatus } from '@/lib/data/account/two-factor';
import { requirePage } from '@/lib/entry/page';
import { formatDate, formatDateTime } from '@/lib/format/dates';
import { describeUserAgent } from '@/lib/format/user-agent';
import { confirmTwoFactorSetupAction, renewRecoveryCodesAction, revokeSessionAction, signOutEverywhereAction, startTwoFactorSetupAction, turnOffTwoFactorAction } from './actions';
import { SessionsList } from './_components/sessions-list';
import { TwoFactorManage } from './_components/two-factor-manage';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('security'))('title') };
}

export default async function SecurityPage() {
  const actor = await requirePage('area.me');
  const [t, format, status, sessions, signedIn] = await Promise.all([
    getTranslations('security'),
    getFormatter(),
    getTwoFactorStatus(actor),
    listMySessions(actor),
    getSignedIn(),
  ]);
  const setup = (
    <TwoFactorSetup
      secret={status.setup?.secret ?? null}
      qr={status.setup ? <QrCode value={status.setup.uri} label={t('twoFactor.qrLabel')} /> : null}
      replacing={Boolean(status.enabledAt)}
      start={startTwoFactorSetupAction}
      confirm={confirmTwoFactorSetupAction}
      doneHref="/me/security"
    />
  );
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <BackLink href="/me" label={t('back')} />
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Card title={t('twoFactor.title')}>
        <p className="mb-3 text-stone-700">{t('twoFactor.explain')}</p>
        {status.enabledAt ? (
          <div className="space-y-4">
            <p className="font-medium text-brand-900">{t('twoFactor.onSince', { date: formatDate(format, status.enabledAt) })}</p>
            <p className="text-sm text-stone-700">{t('twoFactor.codesLeft', { count: status.codesLeft })}</p>
            {status.setup ? setup : <TwoFactorManage canTurnOff={!status.required} renew={renewRecoveryCodesAction} turnOff={turnOffTwoFactorAction} move={setup} />}
          </div>
        ) : (
          <div className="space-y-4">
            <p className="text-sm text-stone-700">{status.required ? t('twoFactor.required') : t('twoFactor.offered')}</p>
            {setup}
          </div>
        )}
      </Card>
      <Card title={t('sessions.title')}>
        <p className="mb-3 text-sm text-stone-700">{t('sessions.explain')}</p>
        <SessionsList
          sessions={sessions.map((s) => {
            const device = describeUserAgent(s.userAgent);
            return {
              id: s.id,
              current: s.id === signedIn?.sessionId,
              device: device.browser && device.system ? t('sessions.device', { browser: device.browser, system: device.system }) : (device.browser ?? device.system ?? t('sessions.unknownDevice')),
              signedIn: formatDateTime(format, s.createdAt),
              lastActive: formatDateTime(format, s.lastSeenAt),
            };
          })}
          revoke={revokeSessionAction}
          signOutEverywhere={signOutEverywhereAction}
        />
      </Card>
    </div>
  );
}
