'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { PersonPicker } from '@/components/forms/person-picker';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { searchPeopleAction } from '../../_actions/person-search';
import { quickWalkInAction, walkInAction } from '../march-day-actions';

/**
 * A walk-in at the door, in two ways: someone already in Leaven, found by name; or someone new,
 * with a name and a phone. Either is committed and checked in at once, and the list below shows
 * them (the page reloads its rows; taps already made stay as they are).
 */
export function WalkInPanel({ mobilizationId }: { mobilizationId: string }) {
  const t = useTranslations('marchDay.walkIn');
  const router = useRouter();
  const [open, setOpen] = useState(false);
  // A fresh pair of forms after each walk-in, so the next one starts empty.
  const [round, setRound] = useState(0);
  const [done, setDone] = useState(false);
  // "On the list below" is said once the list has them, not while it reloads.
  const [refreshing, startRefresh] = useTransition();
  const onSuccess = () => {
    setDone(true);
    setRound((r) => r + 1);
    startRefresh(() => router.refresh());
  };
  if (!open) {
    return (
      <div className="mb-3 flex flex-wrap items-center gap-3">
        <Button variant="outline" size="md" onClick={() => { setOpen(true); setDone(false); }}>
          <span aria-hidden>+</span>
          {t('open')}
        </Button>
      </div>
    );
  }
  return (
    <section aria-labelledby="walk-in-title" className="mb-4 space-y-4 rounded-xl border border-brand-200 bg-brand-50/40 p-4">
      <div className="flex items-start justify-between gap-3">
        <h2 id="walk-in-title" className="font-semibold text-stone-900">{t('title')}</h2>
        <Button variant="ghost" size="sm" onClick={() => setOpen(false)}>{t('close')}</Button>
      </div>
      {done && !refreshing ? <p role="status" className="rounded-md border border-brand-200 bg-white px-3 py-2 text-sm text-brand-900">{t('done')}</p> : null}
      <KnownWalkIn key={`known-${round}`} mobilizationId={mobilizationId} onSuccess={onSuccess} />
      <NewWalkIn key={`new-${round}`} mobilizationId={mobilizationId} onSuccess={onSuccess} />
    </section>
  );
}

function KnownWalkIn({ mobilizationId, onSuccess }: { mobilizationId: string; onSuccess: () => void }) {
  const t = useTranslations('marchDay.walkIn');
  const { state, action, errors } = useActionForm(walkInAction, { onSuccess });
  return (
    <form action={action} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="mobilizationId" value={mobilizationId} />
      <div className="min-w-64 flex-1">
        <PersonPicker name="personId" label={t('find')} search={searchPeopleAction} error={errors.personId} />
      </div>
      <SubmitButton size="md">{t('checkIn')}</SubmitButton>
      {state && !state.ok && !errors.personId ? <div className="w-full"><FormMessage state={state} /></div> : null}
    </form>
  );
}

function NewWalkIn({ mobilizationId, onSuccess }: { mobilizationId: string; onSuccess: () => void }) {
  const t = useTranslations('marchDay.walkIn');
  const { state, action, errors, str, stampKey, keyInput } = useActionForm(quickWalkInAction, { onSuccess });
  return (
    <form action={action} onSubmit={stampKey} noValidate className="space-y-3 border-t border-brand-100 pt-4">
      <h3 className="text-sm font-semibold text-stone-800">{t('orNew')}</h3>
      <input {...keyInput} />
      <input type="hidden" name="mobilizationId" value={mobilizationId} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label={t('givenName')} name="givenName" autoComplete="off" defaultValue={str('givenName')} error={errors.givenName} />
        <Field label={t('familyName')} name="familyName" autoComplete="off" defaultValue={str('familyName')} error={errors.familyName} />
        <Field label={t('phone')} name="phone" type="tel" autoComplete="off" defaultValue={str('phone')} error={errors.phone} />
      </div>
      <FormMessage state={state && !state.ok ? state : null} />
      <SubmitButton size="md">{t('addAndCheckIn')}</SubmitButton>
    </form>
  );
}
