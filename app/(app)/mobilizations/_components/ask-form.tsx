'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/input';
import { askPeopleAction } from '../actions';

type TPerson = { id: string; name: string; stage: string; language: string; doNotContact: boolean; status: string | null };

export function AskForm({ mobilizationId, quotas, people }: { mobilizationId: string; quotas: { id: string; label: string }[]; people: TPerson[] }) {
  const t = useTranslations('ask');
  const ts = useTranslations('marchDay.seats');
  const tStage = useTranslations('stage');
  const tStatus = useTranslations('commitmentStatus');
  const { state, action, onSubmit, pending } = useActionForm(askPeopleAction);
  const open = people.filter((p) => !p.status);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state?.ok) setPicked(new Set());
  }
  const all = open.length > 0 && picked.size === open.length;
  const details = state && !state.ok ? state.details : undefined;
  const pastQuota = typeof details?.seatsLeft === 'number' && typeof details.asking === 'number' ? { seatsLeft: details.seatsLeft, asking: details.asking } : null;
  const toggle = (id: string) => setPicked((s) => { const n = new Set(s); if (n.has(id)) n.delete(id); else n.add(id); return n; });

  return (
    <form
      action={action}
      // With JavaScript, sent without the form's reset, so a refusal past the quota keeps the choice for "Ask them anyway".
      onSubmit={onSubmit}
      className="space-y-3"
    >
      <input type="hidden" name="mobilizationId" value={mobilizationId} />
      <div className="flex flex-wrap items-end gap-2 rounded-xl border border-stone-200 bg-white p-3 shadow-xs">
        <label className="text-sm">
          <span className="mb-1 block font-medium text-stone-800">{t('quota')}</span>
          <Select inline name="quotaId" defaultValue="auto">
            <option value="auto">{t('autoQuota')}</option>
            {quotas.map((q) => <option key={q.id} value={q.id}>{q.label}</option>)}
          </Select>
        </label>
        <Button type="submit" disabled={pending || picked.size === 0}>
          {t('submit', { count: picked.size })}
        </Button>
        <div className="w-full">
          {pastQuota ? (
            // Asking past a quota's seats is allowed, once the asker has seen it.
            <div role="alert" className="flex flex-wrap items-center gap-3 rounded-md border border-crust-100 bg-crust-50 px-3 py-2 text-sm text-stone-900">
              <span>{ts('pastQuota', pastQuota)}</span>
              <Button type="submit" name="pastQuota" value="true" variant="secondary" size="sm" disabled={pending}>
                {ts('askAnyway')}
              </Button>
            </div>
          ) : (
            <FormMessage state={state} success={state?.ok ? t('done', { added: state.data.added, already: state.data.alreadyAsked }) : undefined} />
          )}
        </div>
      </div>
      {people.length === 0 ? (
        <p className="text-stone-600">{t('noneFound')}</p>
      ) : (
        <ul className="divide-y divide-stone-100 rounded-xl border border-stone-200 bg-white shadow-xs">
          <li className="bg-stone-50 px-3 py-2">
            <label className="flex items-center gap-3 text-sm font-medium text-stone-700">
              <input type="checkbox" checked={all} onChange={() => setPicked(all ? new Set() : new Set(open.map((p) => p.id)))} className="size-5 accent-brand-700" />
              {t('selectAll', { count: open.length })}
            </label>
          </li>
          {people.map((p) => (
            <li key={p.id} className="px-3 py-1.5">
              <label className={`flex min-h-10 items-center gap-3 ${p.status ? 'text-stone-500' : 'text-stone-900'}`}>
                <input type="checkbox" name="personIds" value={p.id} disabled={Boolean(p.status)} checked={p.status ? true : picked.has(p.id)} onChange={() => toggle(p.id)} className="size-5 accent-brand-700" />
                <span className="min-w-0 flex-1">
                  <span className="font-medium">{p.name}</span>{' '}
                  <span className="text-xs text-stone-500">{tStage(p.stage)} · {p.language.toUpperCase()}</span>
                </span>
                {p.doNotContact ? <Badge tone="danger">{t('doNotContact')}</Badge> : null}
                {p.status ? <Badge>{tStatus(p.status)}</Badge> : null}
              </label>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
