'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/input';
import { displayName } from '@/lib/format/person-name';
import { STATUSES } from '@/lib/mobilization/funnel';
import { setStatusAction } from '../actions';
import { NeedsEditor, needsList, type TNeedsValue } from './needs';

type TName = { givenName: string | null; familyName: string | null; preferredName: string | null };
export type TCommitmentItem = {
  id: string; personId: string; name: TName; status: string; quota: string | null; askedBy: (TName & { id: string }) | null; language: string; needs: TNeedsValue;
};

const TONE: Record<string, 'neutral' | 'brand' | 'warm' | 'danger'> = {
  ASKED: 'neutral', COMMITTED: 'warm', CONFIRMED: 'brand', ATTENDED: 'brand', NO_SHOW: 'danger', DECLINED: 'danger',
};

/** The people asked, with a bulk status change: tick the people, pick the status, apply. */
export function CommitmentTable({ mobilizationId, rows }: { mobilizationId: string; rows: TCommitmentItem[] }) {
  const t = useTranslations('mobilizations');
  const tStatus = useTranslations('commitmentStatus');
  const tNeeds = useTranslations('needs');
  const { state, action, pending } = useActionForm(setStatusAction);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  // After a successful change, start the next selection from nothing.
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state?.ok) setPicked(new Set());
  }
  const all = rows.length > 0 && picked.size === rows.length;
  const toggle = (id: string) => setPicked((s) => { const n = new Set(s); if (n.has(id)) n.delete(id); else n.add(id); return n; });
  const formId = `bulk-${mobilizationId}`;

  return (
    <div className="space-y-3">
      <form id={formId} action={action} className="flex flex-wrap items-end gap-2 rounded-xl border border-stone-200 bg-white p-3 shadow-xs">
        <input type="hidden" name="mobilizationId" value={mobilizationId} />
        <label className="text-sm">
          <span className="mb-1 block font-medium text-stone-800">{t('moveTo')}</span>
          <Select inline name="status" defaultValue="CONFIRMED">
            {STATUSES.map((s) => <option key={s} value={s}>{tStatus(s)}</option>)}
          </Select>
        </label>
        <Button type="submit" disabled={pending || picked.size === 0}>
          {t('apply', { count: picked.size })}
        </Button>
        <div className="w-full"><FormMessage state={state} success={state?.ok ? t('updated', { count: state.data.updated }) : undefined} /></div>
      </form>
      <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white shadow-xs">
        <table className="min-w-full divide-y divide-stone-200 text-sm">
          <caption className="sr-only">{t('people')}</caption>
          <thead className="bg-stone-50 text-left">
            <tr>
              <th scope="col" className="w-10 px-3 py-2.5">
                <input type="checkbox" aria-label={t('selectAll')} checked={all} onChange={() => setPicked(all ? new Set() : new Set(rows.map((r) => r.id)))} className="size-5 accent-brand-700" />
              </th>
              <th scope="col" className="px-3 py-2.5 font-semibold text-stone-600">{t('name')}</th>
              <th scope="col" className="px-3 py-2.5 font-semibold text-stone-600">{t('status')}</th>
              <th scope="col" className="hidden px-3 py-2.5 font-semibold text-stone-600 sm:table-cell">{t('quota')}</th>
              <th scope="col" className="hidden px-3 py-2.5 font-semibold text-stone-600 md:table-cell">{t('askedBy')}</th>
              <th scope="col" className="px-3 py-2.5 font-semibold text-stone-600">{tNeeds('title')}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {rows.length === 0 ? (
              <tr><td colSpan={6} className="px-4 py-8 text-center text-stone-500">{t('nobody')}</td></tr>
            ) : rows.map((r) => {
              const name = displayName(r.name);
              return (
                <tr key={r.id} className="align-top hover:bg-stone-50">
                  <td className="px-3 py-2.5">
                    <input type="checkbox" form={formId} name="commitmentIds" value={r.id} checked={picked.has(r.id)} onChange={() => toggle(r.id)} aria-label={t('select', { name })} className="size-5 accent-brand-700" />
                  </td>
                  <td className="px-3 py-2.5">
                    <Link href={`/people/${r.personId}`} className="font-medium text-brand-800 hover:underline">{name}</Link>
                    <span className="ml-1 text-xs text-stone-500 uppercase">{r.language}</span>
                  </td>
                  <td className="px-3 py-2.5"><Badge tone={TONE[r.status]}>{tStatus(r.status)}</Badge></td>
                  <td className="hidden px-3 py-2.5 text-stone-700 sm:table-cell">{r.quota ?? '—'}</td>
                  <td className="hidden px-3 py-2.5 text-stone-700 md:table-cell">{r.askedBy ? displayName(r.askedBy) : '—'}</td>
                  <td className="px-3 py-2.5">
                    <NeedsEditor commitmentId={r.id} needs={r.needs} summary={needsList(tNeeds, r.needs) || tNeeds('none')} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
