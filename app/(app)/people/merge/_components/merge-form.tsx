'use client';

import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { mergePeopleAction } from '../actions';

export type TMergeRow = { field: string; label: string; keep: string; drop: string };
type TProps = { keep: { id: string; version: number; name: string }; drop: { id: string; version: number; name: string }; rows: TMergeRow[]; counts: { label: string; keep: number; drop: number }[] };

/** Field by field, which value the surviving record keeps. Defaults to the survivor's, or the other's where the survivor has none. */
export function MergeForm({ keep, drop, rows, counts }: TProps) {
  const t = useTranslations('merge');
  const { state, action } = useActionForm(mergePeopleAction);
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="keepId" value={keep.id} />
      <input type="hidden" name="dropId" value={drop.id} />
      <input type="hidden" name="keepVersion" value={keep.version} />
      <input type="hidden" name="dropVersion" value={drop.version} />
      <FormMessage state={state} />
      <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white shadow-xs">
        <table className="min-w-full text-sm">
          <thead className="bg-stone-50 text-left">
            <tr>
              <th className="px-4 py-2 font-semibold text-stone-600">{t('field')}</th>
              <th className="px-4 py-2 font-semibold text-brand-800">{t('keeps', { name: keep.name })}</th>
              <th className="px-4 py-2 font-semibold text-stone-600">{t('goes', { name: drop.name })}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {rows.map((r) => {
              const same = r.keep === r.drop;
              const preferDrop = !r.keep && !!r.drop;
              return (
                <tr key={r.field}>
                  <th scope="row" className="px-4 py-2 text-left font-medium text-stone-600">{r.label}</th>
                  {(['keep', 'drop'] as const).map((side) => (
                    <td key={side} className="px-4 py-2">
                      {same ? (
                        <span className="text-stone-500">{r[side] || '—'}</span>
                      ) : (
                        <label className="flex items-start gap-2">
                          <input type="radio" name={`take.${r.field}`} value={side} defaultChecked={side === 'drop' ? preferDrop : !preferDrop} className="mt-1 accent-brand-700" />
                          <span className="break-words">{r[side] || '—'}</span>
                        </label>
                      )}
                    </td>
                  ))}
                </tr>
              );
            })}
            {counts.map((c) => (
              <tr key={c.label} className="bg-stone-50/60">
                <th scope="row" className="px-4 py-2 text-left font-medium text-stone-600">{c.label}</th>
                <td className="px-4 py-2 tabular-nums" colSpan={2}>{t('moved', { keep: c.keep, drop: c.drop, total: c.keep + c.drop })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-sm text-stone-600">{t('explain', { drop: drop.name, keep: keep.name })}</p>
      <SubmitButton pendingLabel={t('merging')}>{t('submit')}</SubmitButton>
    </form>
  );
}
