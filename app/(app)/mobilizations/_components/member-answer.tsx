'use client';

import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { answerAction } from '../actions';
import { NeedsFields, type TNeedsValue } from './needs';

type TOwn = TNeedsValue & { status: string; answeredAt: Date | null };

/** A member's own page for a mobilization: what it is, and "Will you come?" with two big buttons. */
export function MemberAnswer({ mobilizationId, description, own }: { mobilizationId: string; description: string | null; own: TOwn }) {
  const t = useTranslations('myAnswer');
  const ts = useTranslations('commitmentStatus');
  const { state, action, pending } = useActionForm(answerAction);
  const status = state?.ok ? state.data.status : own.status;
  const answered = status !== 'ASKED';
  return (
    <div className="mx-auto max-w-xl space-y-4">
      {description ? <p className="rounded-xl border border-stone-200 bg-white p-5 whitespace-pre-line text-stone-700 shadow-xs">{description}</p> : null}
      <form action={action} className="space-y-5 rounded-xl border border-stone-200 bg-white p-5 shadow-xs">
        <input type="hidden" name="mobilizationId" value={mobilizationId} />
        <p className="text-sm text-stone-600" role="status">
          {answered ? t('current', { status: ts(status) }) : t('notYet')}
        </p>
        <h2 className="text-xl font-semibold text-stone-900">{t('question')}</h2>
        <NeedsFields needs={own} idPrefix="mine" />
        <FormMessage state={state} success={t('thanks')} />
        <div className="grid grid-cols-2 gap-3">
          <button name="answer" value="yes" disabled={pending} className="min-h-14 rounded-xl bg-brand-700 px-4 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
            {t('yes')}
          </button>
          <button name="answer" value="no" disabled={pending} className="min-h-14 rounded-xl border-2 border-stone-300 bg-white px-4 text-lg font-semibold text-stone-800 hover:bg-stone-100 disabled:opacity-60">
            {t('no')}
          </button>
        </div>
        <p className="text-xs text-stone-500">{t('privacy')}</p>
      </form>
    </div>
  );
}
