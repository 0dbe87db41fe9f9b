'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { callOutcomeAction } from '../march-day-actions';

const OUTCOMES = ['YES', 'NO_ANSWER', 'LEFT_MESSAGE', 'NO'] as const;

/**
 * After a call, one tap says how it went: a yes or a no moves them on (and off this list), no
 * answer or a message keeps them here to call again. Each is also logged as a call with them.
 */
export function CallOutcomeButtons({ commitmentId, name }: { commitmentId: string; name: string }) {
  const t = useTranslations('marchDay.calls');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);
  const send = (outcome: (typeof OUTCOMES)[number]) =>
    startTransition(async () => {
      const result = await callOutcomeAction(null, { commitmentId, outcome }).catch(() => null);
      setFailed(!result?.ok);
      if (result?.ok) router.refresh();
    });
  return (
    <div role="group" aria-label={t('outcomes', { name })} className="flex w-full flex-wrap gap-1.5">
      {OUTCOMES.map((o) => (
        <button key={o} type="button" disabled={pending} onClick={() => send(o)}
          className={`min-h-9 rounded-md px-2.5 py-1 text-xs font-medium ring-1 disabled:opacity-60 ${o === 'YES' ? 'bg-brand-700 text-white ring-brand-700' : o === 'NO' ? 'text-red-800 ring-red-200' : 'bg-white text-stone-800 ring-stone-300'}`}>
          {t(`outcome.${o}`)}
        </button>
      ))}
      {failed ? <span role="alert" className="text-xs text-red-700">{t('failed')}</span> : null}
    </div>
  );
}
