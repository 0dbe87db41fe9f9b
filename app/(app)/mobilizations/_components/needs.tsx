'use client';

import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import { LengthCounter } from '@/components/forms/length-counter';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { LIMITS } from '@/lib/validation/limits';
import { updateNeedsAction } from '../actions';

export type TNeedsValue = { needInterpretation: boolean; needChildcare: boolean; needAccessibility: boolean; needSeatNearDoor: boolean; needsNote: string | null };
export const NEED_KEYS = ['needInterpretation', 'needChildcare', 'needAccessibility', 'needSeatNearDoor'] as const;

/** The needs ticked, named by `t = useTranslations('needs')`. */
export const needsList = (t: ReturnType<typeof useTranslations<'needs'>>, n: TNeedsValue) => NEED_KEYS.filter((k) => n[k]).map((k) => t(k)).join(', ');

/** The four needs as checkboxes and a short note; shared by the organizer's editor and the member's answer. */
export function NeedsFields({ needs, idPrefix }: { needs: TNeedsValue; idPrefix: string }) {
  const t = useTranslations('needs');
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 text-sm font-medium text-stone-800">{t('question')}</legend>
      {NEED_KEYS.map((k) => (
        <label key={k} className="flex min-h-11 items-center gap-3 rounded-md px-1 text-base text-stone-800">
          <input type="checkbox" name={k} defaultChecked={needs[k]} className="size-5 accent-brand-700" />
          {t(k)}
        </label>
      ))}
      <label htmlFor={`${idPrefix}-note`} className="block pt-1 text-sm font-medium text-stone-800">{t('note')}</label>
      <Input id={`${idPrefix}-note`} name="needsNote" defaultValue={needs.needsNote ?? ''} />
      <LengthCounter controlId={`${idPrefix}-note`} limit={LIMITS.shortNote} />
    </fieldset>
  );
}

export function NeedsEditor({ commitmentId, needs, summary }: { commitmentId: string; needs: TNeedsValue; summary: string }) {
  const t = useTranslations('needs');
  const { state, action, pending } = useActionForm(updateNeedsAction);
  return (
    <details className="group">
      <summary className="cursor-pointer text-stone-700 hover:text-brand-800">
        <span>{summary}</span>
        {needs.needsNote ? <span className="block text-xs text-stone-500">{needs.needsNote}</span> : null}
      </summary>
      <form action={action} className="mt-2 w-64 space-y-2 rounded-lg border border-stone-200 bg-stone-50 p-3">
        <input type="hidden" name="commitmentId" value={commitmentId} />
        <NeedsFields needs={needs} idPrefix={`needs-${commitmentId}`} />
        <FormMessage state={state} success={t('saved')} />
        <Button type="submit" disabled={pending} size="sm">{t('save')}</Button>
      </form>
    </details>
  );
}
