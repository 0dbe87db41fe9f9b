import type { ReactNode } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/shell/app-shell';
import { getSignedIn, requireActor } from '@/lib/auth/actor';
import { formatDateTime } from '@/lib/format/dates';
import { setLocaleAction, signOutAction } from '../actions';
import { SignInNotice } from './_components/sign-in-notice';
import { dismissSignInNoticeAction } from './me/security/actions';
import { globalSearchAction } from './search/actions';

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const failed = (await getSignedIn())?.failedSignIns;
  let notice: ReactNode = null;
  if (failed?.count && failed.lastAt) {
    const [t, format] = await Promise.all([getTranslations('security.notice'), getFormatter()]);
    notice = (
      <SignInNotice
        message={t('message', { count: failed.count, date: formatDateTime(format, failed.lastAt) })}
        openLabel={t('open')}
        dismissLabel={t('dismiss')}
        dismiss={dismissSignInNoticeAction}
      />
    );
  }
  return (
    <AppShell actor={actor} actions={{ search: globalSearchAction, signOut: signOutAction, setLocale: setLocaleAction }}>
      {notice}
      {children}
    </AppShell>
  );
}
