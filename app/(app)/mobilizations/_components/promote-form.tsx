'use client';

import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { displayName } from '@/lib/format/person-name';
import { promoteAction } from '../actions';

type TRow = { commitmentId: string; person: { givenName: string | null; familyName: string | null; preferredName: string | null; ladderStage: string }; next: string };

/** After the event: move attendees one step up the ladder, with the credit to whoever asked them. */
export function PromoteForm({ mobilizationId, rows }: { mobilizationId: string; rows: TRow[] }) {
  const t = useTranslations('promote');
  const tStage = useTranslations('stage');
  const { state, action, pending } = useActionForm(promoteAction);
  return (
    <form action={action} className="rounded-xl border border-stone-200 bg-white p-5 shadow-xs">
      <h2 className="text-lg font-semibold text-stone-900">{t('title')}</h2>
      <p className="mb-3 text-sm text-stone-600">{t('explain')}</p>
      <input type="hidden" name="mobilizationId" value={mobilizationId} />
      <ul className="grid gap-1 sm:grid-cols-2">
        {rows.map((r) => (
          <li key={r.commitmentId}>
            <label className="flex min-h-10 items-center gap-3 text-sm">
              <input type="checkbox" name="commitmentIds" value={r.commitmentId} className="size-5 accent-brand-700" />
              <span>
                <span className="font-medium text-stone-900">{displayName(r.person)}</span>{' '}
                <span className="text-stone-500">{tStage(r.person.ladderStage)} → {tStage(r.next)}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      <div className="mt-3 space-y-2">
        <FormMessage state={state} success={state?.ok ? t('done', { count: state.data.moved }) : undefined} />
        <Button type="submit" disabled={pending}>{t('submit')}</Button>
      </div>
    </form>
  );
}
