'use client';

import { useTimeZone, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { PersonPicker, type TPersonSearchAction } from '@/components/forms/person-picker';
import type { TFormAction, TServerAction } from '@/components/forms/server-action';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextareaField } from '@/components/forms/textarea-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/input';
import { INTERACTION_KINDS } from '@/lib/validation/interaction';
import { addDays, dayOf, DEFAULT_TIME_ZONE } from '@/lib/format/dates';
import { LIMITS } from '@/lib/validation/limits';

type TRef = { id: string; name: string };

/** The server actions the form is handed by the page (components/ never imports app/). */
export type TLogInteractionActions = {
  log: TFormAction<{ id: string }>;
  organizationChoices: TServerAction<Record<string, never>, TRef[]>;
  searchPeople: TPersonSearchAction;
};

export type TLogInteractionProps = {
  actions: TLogInteractionActions;
  /** People already involved (the profile's person); more can be added from the user's scope. */
  people?: TRef[];
  /** A preset circle (a circle's page): sent as is, shown by name. */
  circle?: TRef;
  /** A preset organization (an organization's page): sent as is, shown by name. */
  organization?: TRef;
  /** Open at once (a follow-up just marked done, to log what came of it). */
  startOpen?: boolean;
};

const pad = (n: number) => String(n).padStart(2, '0');
/** Now, as the value of a datetime-local input in the browser's own time zone. */
function localNow(): string {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
/** The instant a datetime-local value means in the browser's time zone, as ISO 8601; '' if none. */
function toInstant(local: string): string {
  const d = new Date(local);
  return local && !Number.isNaN(d.getTime()) ? d.toISOString() : '';
}

/**
 * "Log an interaction" in a few taps: a button that opens a short form with the kind, the time
 * (now), a summary, the people (preset), an optional organization and an optional follow-up date.
 * Rendered only once opened, so "now" is the browser's now.
 */
export function LogInteraction(props: TLogInteractionProps) {
  const t = useTranslations('interactionLog');
  const [open, setOpen] = useState(Boolean(props.startOpen));
  const [savedAt, setSavedAt] = useState<number | null>(null);
  return (
    <div>
      {open ? (
        <LogInteractionForm
          {...props}
          onDone={(saved) => {
            setOpen(false);
            if (saved) setSavedAt(Date.now());
          }}
        />
      ) : (
        <div className="flex flex-wrap items-center gap-3">
          <Button
            onClick={() => {
              setSavedAt(null);
              setOpen(true);
            }}
          >
            <span aria-hidden>+</span>
            {t('open')}
          </Button>
          {savedAt ? (
            <p role="status" className="text-sm text-brand-900">
              {t('saved')}
            </p>
          ) : null}
        </div>
      )}
    </div>
  );
}

function LogInteractionForm({ actions, people: preset = [], circle, organization, onDone }: TLogInteractionProps & { onDone: (saved: boolean) => void }) {
  const t = useTranslations('interactionLog');
  // The organization's zone, which next-intl carries from the server (lib/entry/intl-request.ts).
  const timeZone = useTimeZone() ?? DEFAULT_TIME_ZONE;
  const [people, setPeople] = useState<TRef[]>(preset);
  const [when, setWhen] = useState(localNow);
  const [followUp, setFollowUp] = useState('');
  const [orgs, setOrgs] = useState<TRef[] | null>(null);
  const { state, pending, onSubmit, errors } = useActionForm(actions.log, { onSuccess: () => onDone(true) });

  // The organizations in scope are fetched when the form first opens, not with every page
  // (and not at all when the organization is given: the choice is made).
  useEffect(() => {
    if (organization) return;
    let live = true;
    void actions.organizationChoices(null, {}).then((res) => live && setOrgs(res.ok ? res.data : []));
    return () => {
      live = false;
    };
  }, [organization, actions]);

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="log-interaction-title" className="space-y-4 rounded-lg border border-brand-200 bg-brand-50/40 p-4">
      <h3 id="log-interaction-title" className="font-semibold text-stone-900">
        {t('title')}
      </h3>
      <FormMessage state={state} />
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-stone-800">{t('kind')}</legend>
        <div className="flex flex-wrap gap-2">
          {INTERACTION_KINDS.map((k, i) => (
            <label key={k} className="cursor-pointer">
              <input type="radio" name="kind" value={k} defaultChecked={i === 0} className="peer sr-only" />
              <span className="inline-block rounded-full bg-white px-3 py-1.5 text-sm ring-1 ring-stone-300 peer-checked:bg-brand-700 peer-checked:text-white peer-checked:ring-brand-700 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600">
                {t(`kinds.${k}`)}
              </span>
            </label>
          ))}
        </div>
        {errors.kind ? <p className="mt-1 text-sm text-red-700" role="alert">{errors.kind}</p> : null}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('when')} name="occurredAtLocal" type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} error={errors.occurredAt} />
        <div>
          <Field label={t('followUpLabel')} name="followUpOn" type="date" value={followUp} onChange={(e) => setFollowUp(e.target.value)} hint={t('followUpHint')} error={errors.followUpOn} />
          {/* Quick dates, counted from the organization's today. */}
          <div role="group" aria-label={t('quickDates')} className="mt-1.5 flex flex-wrap gap-1.5">
            {[1, 7, 14].map((days) => (
              <Button key={days} variant="secondary" size="sm" onClick={() => setFollowUp(addDays(dayOf(new Date(), timeZone), days))}>
                {t('inDays', { days })}
              </Button>
            ))}
          </div>
        </div>
      </div>
      <input type="hidden" name="occurredAt" value={toInstant(when)} />
      <Field label={t('summary')} name="summary" required limit={LIMITS.interactionSummary} error={errors.summary} autoComplete="off" />
      <TextareaField label={t('notes')} name="notes" rows={3} limit={LIMITS.notes} error={errors.notes} />
      <fieldset className="space-y-2">
        <legend className="mb-1 text-sm font-medium text-stone-800">{t('people')}</legend>
        <ul className="flex flex-wrap gap-2">
          {people.map((p) => (
            <li key={p.id} className="inline-flex items-center gap-1 rounded-full bg-white py-1 pr-1 pl-3 text-sm ring-1 ring-stone-300">
              <input type="hidden" name="personIds" value={p.id} />
              {p.name}
              <button type="button" onClick={() => setPeople((list) => list.filter((x) => x.id !== p.id))} className="rounded-full px-1.5 text-stone-500 hover:bg-stone-100 hover:text-stone-800" aria-label={t('removePerson', { name: p.name })}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <PersonPicker label={t('addPerson')} search={actions.searchPeople} exclude={people.map((p) => p.id)} onPick={(p) => setPeople((list) => [...list, p])} error={errors.personIds} />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        {organization ? (
          <div>
            <p className="mb-1 text-sm font-medium text-stone-800">{t('organization')}</p>
            <p className="py-2 text-stone-900">{organization.name}</p>
            <input type="hidden" name="organizationId" value={organization.id} />
          </div>
        ) : (
        <div>
          <label htmlFor="interaction-org" className="mb-1 block text-sm font-medium text-stone-800">
            {t('organization')}
          </label>
          <Select id="interaction-org" name="organizationId" defaultValue="" key={orgs?.length ?? 0}>
            <option value="">{t('none')}</option>
            {(orgs ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </Select>
          {errors.organizationId ? <p className="mt-1 text-sm text-red-700" role="alert">{errors.organizationId}</p> : null}
        </div>
        )}
        {circle ? (
          <div>
            <p className="mb-1 text-sm font-medium text-stone-800">{t('circle')}</p>
            <p className="py-2 text-stone-900">{circle.name}</p>
            <input type="hidden" name="circleId" value={circle.id} />
          </div>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={pending} pendingLabel={t('saving')}>
          {t('save')}
        </SubmitButton>
        <Button variant="secondary" onClick={() => onDone(false)}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
