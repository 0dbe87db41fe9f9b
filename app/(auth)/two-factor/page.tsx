import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { QrCode } from '@/components/account/qr-code';
import { TwoFactorSetup } from '@/components/account/two-factor-setup';
import { SignOutButton } from '@/components/shell/sign-out-button';
import { getActorSettingUpSecondFactor } from '@/lib/auth/actor';
import { getTwoFactorStatus } from '@/lib/data/account/two-factor';
import { confirmTwoFactorSetupAction, startTwoFactorSetupAction } from '../../(app)/me/security/actions';
import { signOutAction } from '../../actions';
import { AuthFrame } from '../_components/auth-frame';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('security'))('setup.title') };
}

/**
 * Where a leader without a second factor is sent after signing in, and kept, until they have set
 * one up (lib/auth/actor.ts). Outside the app's frame: nothing else is open to them yet.
 */
export default async function TwoFactorSetupPage() {
  const actor = await getActorSettingUpSecondFactor();
  if (!actor) redirect('/login');
  const [t, status] = await Promise.all([getTranslations('security'), getTwoFactorStatus(actor)]);
  if (status.enabledAt) redirect('/me/security');
  return (
    <AuthFrame title={t('setup.title')} subtitle={status.required ? t('setup.requiredSubtitle') : t('setup.subtitle')}>
      <TwoFactorSetup
        secret={status.setup?.secret ?? null}
        qr={status.setup ? <QrCode value={status.setup.uri} label={t('twoFactor.qrLabel')} /> : null}
        replacing={false}
        start={startTwoFactorSetupAction}
        confirm={confirmTwoFactorSetupAction}
        doneHref="/"
      />
      <div className="mt-6 border-t border-stone-200 pt-4">
        <SignOutButton action={signOutAction} />
      </div>
    </AuthFrame>
  );
}
