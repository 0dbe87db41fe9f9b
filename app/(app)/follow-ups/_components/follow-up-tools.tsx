'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { addDays } from '@/lib/format/dates';
import { setFollowUpDoneAction } from '../../_actions/interactions';
import { snoozeFollowUpAction } from '../actions';

/**
 * A follow-up's triage: "done and log" (marked done, then the log form opens with the same people),
 * and a move to tomorrow, next week or another day. Each sends the day wanted, so a double tap
 * changes nothing more.
 */
export function FollowUpTools({ id, summary, today }: { id: string; summary: string; today: string }) {
  const t = useTranslations('followUps.triage');
  const router = useRouter();
  const dateId = useId();
  const [pending, start] = useTransition();
  const [failed, setFailed] = useState(false);
  const [picking, setPicking] = useState(false);
  const [day, setDay] = useState(addDays(today, 1));
  const run = (send: () => Promise<{ ok: boolean } | null>, then: () => void) =>
    start(async () => {
      const result = await send().catch(() => null);
      setFailed(!result?.ok);
      if (result?.ok) then();
    });
  const snooze = (until: string) => run(() => snoozeFollowUpAction(null, { id, until }), () => router.refresh());
  const doneAndLog = () => run(() => setFollowUpDoneAction(null, { id, done: true }), () => router.push(`/follow-ups?log=${id}#log`));

  return (
    <div className="flex flex-wrap items-center gap-1.5 sm:justify-end">
      <Button size="sm" variant="outline" className="min-h-9" disabled={pending} onClick={doneAndLog}>
        {t('doneAndLog')}
        <span className="sr-only">: {summary}</span>
      </Button>
      <div role="group" aria-label={t('snooze', { summary })} className="flex flex-wrap items-center gap-1.5">
        <Button size="sm" variant="secondary" className="min-h-9" disabled={pending} onClick={() => snooze(addDays(today, 1))}>{t('tomorrow')}</Button>
        <Button size="sm" variant="secondary" className="min-h-9" disabled={pending} onClick={() => snooze(addDays(today, 7))}>{t('nextWeek')}</Button>
        {picking ? (
          <span className="inline-flex items-center gap-1.5">
            <label htmlFor={dateId} className="sr-only">{t('pick')}</label>
            <input id={dateId} type="date" min={today} value={day} onChange={(e) => setDay(e.target.value)}
              className="min-h-9 rounded-md border border-stone-300 bg-white px-2 text-sm" />
            <Button size="sm" className="min-h-9" disabled={pending || !day} onClick={() => snooze(day)}>{t('move')}</Button>
          </span>
        ) : (
          <Button size="sm" variant="ghost" className="min-h-9" onClick={() => setPicking(true)}>{t('pick')}…</Button>
        )}
      </div>
      {failed ? <span role="alert" className="w-full text-xs text-red-700 sm:text-right">{t('failed')}</span> : null}
    </div>
  );
}
