'use client';

import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import type { TFormAction } from '@/components/forms/server-action';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { Badge } from '@/components/ui/badge';

type TSessionItem = { id: string; current: boolean; device: string; signedIn: string; lastActive: string };

/** One's own signed-in browsers: which, since when, last active; sign out of one, or of all. */
export function SessionsList({ sessions, revoke, signOutEverywhere }: { sessions: TSessionItem[]; revoke: TFormAction<void>; signOutEverywhere: TFormAction<never> }) {
  const t = useTranslations('security.sessions');
  const everywhere = useActionForm(signOutEverywhere);
  return (
    <div className="space-y-4">
      <ul aria-label={t('title')} className="divide-y divide-stone-200 rounded-lg border border-stone-200">
        {sessions.map((s) => (
          <SessionRow key={s.id} session={s} revoke={revoke} />
        ))}
      </ul>
      <form action={everywhere.action} className="space-y-2">
        <FormMessage state={everywhere.state} />
        <p className="text-sm text-stone-600">{t('everywhereHelp')}</p>
        <SubmitButton variant="danger">{t('everywhere')}</SubmitButton>
      </form>
    </div>
  );
}

function SessionRow({ session, revoke }: { session: TSessionItem; revoke: TFormAction<void> }) {
  const t = useTranslations('security.sessions');
  const { state, action } = useActionForm(revoke);
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 px-3 py-3">
      <div className="min-w-0">
        <p className="flex flex-wrap items-center gap-2 font-medium text-stone-900">
          {session.device}
          {session.current ? <Badge tone="brand">{t('thisDevice')}</Badge> : null}
        </p>
        <p className="text-sm text-stone-600">{t('times', { signedIn: session.signedIn, lastActive: session.lastActive })}</p>
        <FormMessage state={state} />
      </div>
      {session.current ? null : (
        <form action={action}>
          <input type="hidden" name="id" value={session.id} />
          <SubmitButton variant="secondary" size="md">
            {t('signOut')}
          </SubmitButton>
        </form>
      )}
    </li>
  );
}
