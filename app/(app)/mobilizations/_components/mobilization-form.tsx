'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ConflictPanel } from '@/components/forms/conflict-panel';
import { Field } from '@/components/forms/field';
import { Fieldset } from '@/components/forms/fieldset';
import { FormMessage } from '@/components/forms/form-message';
import { SelectField } from '@/components/forms/select-field';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextareaField } from '@/components/forms/textarea-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/input';
import type { TActionResult } from '@/lib/entry/action';
import { mobilizationFieldOf, mobilizationInputs } from '@/lib/validation/mobilization';
import { LIMITS } from '@/lib/validation/limits';

export const KINDS = ['RALLY', 'BUS_TRIP', 'CANVASS', 'LOBBY_DAY', 'EDUCATION_SESSION', 'ELECTION_DAY', 'MEETING'] as const;

type TQuotaRow = { ref: string; target: string };
type TSource = { ref: string; name: string };
type TProps<T> = {
  action: (prev: TActionResult<T> | null, form: FormData) => Promise<TActionResult<T>>;
  initial: { id?: string; version?: number; name: string; kind: string; startsAt: string; place: string; description: string; goal: string; goalUnit: string; quotas: TQuotaRow[] };
  sources: { circles: TSource[]; organizations: TSource[] };
  cancelHref: string;
  submitLabel: string;
};

/** The form's quota rows from its inputs (quotaRef and quotaTarget, in pairs); one empty row when there are none. */
const quotaRows = (refs: unknown[], targets: unknown[]): TQuotaRow[] =>
  refs.length ? refs.map((ref, i) => ({ ref: String(ref), target: String(targets[i] ?? '') })) : [{ ref: '', target: '' }];

/** Create or edit a mobilization and split its goal into quotas, circle by circle and ally by ally. */
export function MobilizationForm<T>({ action, initial, sources, cancelHref, submitLabel }: TProps<T>) {
  const t = useTranslations('mobilizationForm');
  const tk = useTranslations('mobilizationKind');
  const tc = useTranslations('forms.conflict');
  const { state, action: formAction, stampKey, keyInput, failed, conflict, original, formKey, errors: err, str, list } = useActionForm(action, {
    initial: mobilizationInputs(initial),
    fieldOf: mobilizationFieldOf,
  });
  // Quota rows and the goal are controlled, so they survive a failed save and the split adds up as
  // it is typed. After a conflict they take what is saved now where the user changed nothing.
  const [quotas, setQuotas] = useState<TQuotaRow[]>(() => quotaRows(list('quotaRef'), list('quotaTarget')));
  const [goal, setGoal] = useState(str('goal'));
  const [answered, setAnswered] = useState(state);
  if (state !== answered) {
    setAnswered(state);
    if (conflict?.current) {
      setQuotas(quotaRows(list('quotaRef'), list('quotaTarget')));
      setGoal(str('goal'));
    }
  }
  const sourceName = (ref: string) => (ref === 'open' ? t('openSeats') : ([...sources.circles, ...sources.organizations].find((s) => s.ref === ref)?.name ?? ref));
  const show = (field: string, values: Record<string, unknown>) => {
    const one = (k: string) => ([] as unknown[]).concat(values[k] ?? []).map(String);
    if (field === 'quotas') return one('quotaRef').map((ref, i) => (ref ? `${sourceName(ref)}: ${one('quotaTarget')[i] ?? ''}` : '')).filter(Boolean).join(', ');
    const v = String(values[field] ?? '');
    if (field === 'kind' && v) return tk(v as (typeof KINDS)[number]);
    if (field === 'goalUnit' && (v === 'SEATS' || v === 'PEOPLE')) return t(v);
    return v;
  };
  const split = quotas.reduce((s, q) => s + (Number(q.target) || 0), 0);
  const update = (i: number, patch: Partial<TQuotaRow>) => setQuotas((rows) => rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  return (
    <form key={formKey} action={formAction} onSubmit={stampKey} className="space-y-5" noValidate>
      <input {...keyInput} />
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      {initial.version !== undefined ? (
        <>
          <input type="hidden" name="version" value={initial.version} />
          <input type="hidden" name="original" value={JSON.stringify(original)} />
        </>
      ) : null}
      <FormMessage state={state} />
      {conflict ? (
        <ConflictPanel
          conflict={conflict}
          title={tc('title')}
          saveLabel={tc('saveMine')}
          label={(field) => (t.has(field) ? t(field) : field)}
          show={show}
          fieldOf={mobilizationFieldOf}
          mine={failed?.values ?? {}}
        />
      ) : null}
      <Fieldset legend={t('what')}>
        <Field name="name" label={t('name')} defaultValue={str('name')} error={err.name} limit={LIMITS.mobilizationName} className="sm:col-span-2" />
        <SelectField name="kind" label={t('kind')} defaultValue={str('kind')} error={err.kind} options={KINDS.map((k) => ({ value: k, label: tk(k) }))} />
        <Field name="startsAt" type="datetime-local" label={t('startsAt')} defaultValue={str('startsAt')} error={err.startsAt} />
        <Field name="place" label={t('place')} defaultValue={str('place')} error={err.place} limit={LIMITS.place} className="sm:col-span-2" />
        <TextareaField name="description" label={t('description')} defaultValue={str('description')} error={err.description} limit={LIMITS.notes} className="sm:col-span-2" />
      </Fieldset>
      <Fieldset legend={t('goalAndQuotas')}>
        <Field name="goal" label={t('goal')} type="number" min={1} inputMode="numeric" value={goal} onChange={(e) => setGoal(e.target.value)} error={err.goal} />
        <SelectField name="goalUnit" label={t('goalUnit')} defaultValue={str('goalUnit')} options={[{ value: 'SEATS', label: t('SEATS') }, { value: 'PEOPLE', label: t('PEOPLE') }]} />
        <div className="sm:col-span-2">
          <p className="mb-2 text-sm text-stone-600">{t('quotasHelp')}</p>
          <ul className="space-y-2">
            {quotas.map((q, i) => (
              <li key={i} className="flex flex-wrap items-end gap-2">
                <label className="min-w-0 flex-1 text-sm">
                  <span className="mb-1 block font-medium text-stone-800">{t('quotaFrom', { n: i + 1 })}</span>
                  <Select name="quotaRef" value={q.ref} onChange={(e) => update(i, { ref: e.target.value })}>
                    <option value="">{t('choose')}</option>
                    <option value="open">{t('openSeats')}</option>
                    <optgroup label={t('circles')}>
                      {sources.circles.map((c) => <option key={c.ref} value={c.ref}>{c.name}</option>)}
                    </optgroup>
                    <optgroup label={t('organizations')}>
                      {sources.organizations.map((o) => <option key={o.ref} value={o.ref}>{o.name}</option>)}
                    </optgroup>
                  </Select>
                </label>
                <label className="w-24 text-sm">
                  <span className="mb-1 block font-medium text-stone-800">{t('target')}</span>
                  <Input className="tabular-nums" name="quotaTarget" type="number" min={0} inputMode="numeric" value={q.target} onChange={(e) => update(i, { target: e.target.value })} />
                </label>
                <Button onClick={() => setQuotas((rows) => rows.filter((_, j) => j !== i))} variant="secondary" size="md" aria-label={t('removeQuota', { n: i + 1 })}>
                  ✕
                </Button>
                {err[`quotas.${i}`] ? <p role="alert" className="w-full text-sm text-red-700">{err[`quotas.${i}`]}</p> : null}
              </li>
            ))}
          </ul>
          {err.quotas ? <p role="alert" className="mt-1 text-sm text-red-700">{err.quotas}</p> : null}
          <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
            <button type="button" onClick={() => setQuotas((rows) => [...rows, { ref: '', target: '' }])} className="rounded-md border border-brand-200 bg-brand-50 px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-100">
              + {t('addQuota')}
            </button>
            <p className={`text-sm tabular-nums ${split === Number(goal) ? 'text-brand-800' : 'text-crust-700'}`}>{t('splitOf', { split, goal: Number(goal) || 0 })}</p>
          </div>
        </div>
      </Fieldset>
      <div className="flex items-center gap-3">
        <SubmitButton pendingLabel={t('saving')}>{submitLabel}</SubmitButton>
        <Link href={cancelHref} className="text-sm font-medium text-stone-700 hover:underline">{t('cancel')}</Link>
      </div>
    </form>
  );
}
