import type { ReactNode } from 'react';
import { AppShell } from '@/components/shell/app-shell';
import { requireActor } from '@/lib/auth/actor';
import { setLocaleAction, signOutAction } from '../actions';
import { globalSearchAction } from './search/actions';

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  return (
    <AppShell actor={actor} actions={{ search: globalSearchAction, signOut: signOutAction, setLocale: setLocaleAction }}>
      {children}
    </AppShell>
  );
}
