import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { unsafeGetLinkState } from '@/lib/data/account/invitations';
import { ZLinkToken } from '@/lib/validation/invitation';
import { resetPasswordAction } from '../../_components/link-actions';
import { AuthFrame } from '../../_components/auth-frame';
import { LinkProblem } from '../../_components/link-problem';
import { SetPasswordForm } from '../../_components/set-password-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('oneTimeLink'))('resetTitle') };
}

export default async function ResetPage({ params }: { params: Promise<{ token: string }> }) {
  const token = ZLinkToken.safeParse((await params).token);
  const link = token.success ? await unsafeGetLinkState(token.data, 'RESET') : ({ state: 'UNKNOWN' } as const);
  if (link.state !== 'VALID') return <LinkProblem state={link.state} />;
  const t = await getTranslations('oneTimeLink');
  return (
    <AuthFrame title={t('resetTitle')} subtitle={t('resetSubtitle')}>
      <SetPasswordForm action={resetPasswordAction} token={token.data!} login={link.login} needsPerson={false} submitLabel={t('resetSubmit')} />
    </AuthFrame>
  );
}
