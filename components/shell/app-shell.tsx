import Link from 'next/link';
import { accountName } from '@/lib/format/account';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { TServerAction, TFormAction } from '@/components/forms/server-action';
import type { TActor } from '@/lib/access/actor';
import { can, type TRoleCapability } from '@/lib/access/capabilities';
import type { TGlobalHits } from '@/lib/data/people/search';
import type { TLocale } from '@/lib/i18n/config';
import { GlobalSearch } from './global-search';
import { LanguageSwitch } from './language-switch';
import { NavLinks, type TNavItem } from './nav-links';
import { SignOutButton } from './sign-out-button';

/** Each link and what it needs (null: everyone signed in). */
const AREAS: { needs: TRoleCapability | null; href: string; key: string }[] = [
  { needs: null, href: '/', key: 'home' },
  { needs: 'area.people', href: '/people', key: 'people' },
  { needs: 'area.circles', href: '/circles', key: 'circles' },
  { needs: 'area.organizations', href: '/organizations', key: 'organizations' },
  { needs: 'area.mobilizations', href: '/mobilizations', key: 'mobilizations' },
  { needs: 'area.precincts', href: '/precincts', key: 'precincts' },
  { needs: 'area.followUps', href: '/follow-ups', key: 'followUps' },
  { needs: 'area.me', href: '/me', key: 'me' },
  { needs: 'area.admin', href: '/admin', key: 'admin' },
  { needs: 'imports.run', href: '/imports', key: 'imports' },
];

/** The shell's server actions, handed down by the layout. */
export type TShellActions = {
  search: TServerAction<{ q: string }, TGlobalHits>;
  signOut: TFormAction<never>;
  setLocale: TServerAction<{ locale: TLocale }, { locale: TLocale }>;
};

/** The frame of every signed-in page: a sidebar on wide screens, a top bar with scrolling tabs on phones. */
export async function AppShell({ actor, actions, children }: { actor: TActor; actions: TShellActions; children: ReactNode }) {
  const t = await getTranslations();
  const items: TNavItem[] = AREAS.filter((a) => a.needs === null || can(actor, a.needs)).map((a) => ({
    href: a.href,
    label: t(`nav.${a.key}`),
  }));
  const brand = (
    <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight text-brand-800">
      <span aria-hidden className="inline-block size-6 rounded-full bg-gradient-to-br from-crust-500 to-brand-700" />
      {t('app.name')}
    </Link>
  );
  const who = (
    <div className="min-w-0 text-sm">
      <p className="truncate font-medium text-stone-800" title={accountName(actor)}>
        {accountName(actor)}
      </p>
      <p className="text-stone-500">{t(`role.${actor.role}`)}</p>
    </div>
  );

  return (
    // minmax(0, 1fr): a plain 1fr track never shrinks below its widest content, so one wide table
    // would widen the whole page; wide content scrolls in its own box instead.
    <div className="min-h-dvh lg:grid lg:grid-cols-[15rem_minmax(0,1fr)]">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t('app.skipToContent')}
      </a>

      <aside className="sticky top-0 hidden h-dvh flex-col gap-6 border-r border-stone-200 bg-stone-100/70 p-4 lg:flex">
        {brand}
        <GlobalSearch canFilterByCircle={can(actor, 'people.filterByGroup')} search={actions.search} />
        <nav aria-label={t('nav.main')} className="flex-1">
          <NavLinks items={items} orientation="vertical" />
        </nav>
        <div className="space-y-3 border-t border-stone-200 pt-4">
          {who}
          <div className="flex items-center justify-between gap-2">
            <SignOutButton action={actions.signOut} />
            <LanguageSwitch setLocale={actions.setLocale} />
          </div>
        </div>
      </aside>

      <header className="sticky top-0 z-20 border-b border-stone-200 bg-stone-50/95 backdrop-blur lg:hidden">
        <div className="flex items-center justify-between gap-2 px-4 py-3">
          {brand}
          <div className="flex items-center gap-3">
            <LanguageSwitch setLocale={actions.setLocale} />
            <SignOutButton action={actions.signOut} />
          </div>
        </div>
        <div className="px-4 pb-2">
          <GlobalSearch canFilterByCircle={can(actor, 'people.filterByGroup')} search={actions.search} />
        </div>
        <nav aria-label={t('nav.main')}>
          <NavLinks items={items} orientation="horizontal" />
        </nav>
      </header>

      <main id="main" className="mx-auto w-full max-w-6xl min-w-0 px-4 py-6 sm:px-6 lg:px-10 lg:py-10">
        {children}
      </main>
    </div>
  );
}
