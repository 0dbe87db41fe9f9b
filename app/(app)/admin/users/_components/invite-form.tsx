'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { PersonPicker } from '@/components/forms/person-picker';
import { SubmitButton } from '@/components/forms/submit-button';
import { roleCan } from '@/lib/access/capabilities';
import { useActionForm } from '@/components/forms/use-action-form';
import { buttonClass } from '@/components/ui/button';
import type { TScopeOptions } from '@/lib/data/admin/users';
import { inviteAction, searchPeopleToLinkAction } from '../actions';
import { LinkResult } from './link-result';
import { ScopeChecklist } from './scope-checklist';

const ROLES = ['MEMBER', 'COORDINATOR', 'ADMIN'] as const;

/** A fresh form for each invitation: "Invite someone else" starts over with a new form. */
export function InviteForm({ options }: { options: TScopeOptions }) {
  const [round, setRound] = useState(0);
  return <InviteFormRound key={round} options={options} onAnother={() => setRound((r) => r + 1)} />;
}

function InviteFormRound({ options, onAnother }: { options: TScopeOptions; onAnother: () => void }) {
  const t = useTranslations('admin.invite');
  const tRole = useTranslations('role');
  const tRoleHelp = useTranslations('admin.roleHelp');
  const tScope = useTranslations('admin.scope');
  const { state, action, errors: err, str, list } = useActionForm(inviteAction);
  const [role, setRole] = useState<(typeof ROLES)[number]>('MEMBER');
  // A refused invitation keeps the scopes that were ticked: the checkboxes take them as their defaults.
  const ids = (k: string) => list(k).map(String);
  const chosen = { circleIds: ids('circleIds'), organizationIds: ids('organizationIds'), precinctIds: ids('precinctIds') };

  if (state?.ok) {
    return (
      <div className="space-y-4">
        <LinkResult result={state.data} kind="invite" />
        <div className="flex flex-wrap gap-3 text-sm">
          <Link href={`/admin/users/${state.data.userId}`} className={buttonClass('secondary', 'md')}>
            {t('openUser')}
          </Link>
          <button type="button" onClick={onAnother} className={buttonClass('secondary', 'md')}>
            {t('another')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <section className="space-y-4 rounded-xl border border-stone-200 bg-white p-5 shadow-xs">
        <div className="grid max-w-2xl gap-4 sm:grid-cols-2">
          <Field label={t('email')} name="email" type="email" autoComplete="off" error={err.email} defaultValue={str('email')} />
          <Field label={t('phone')} name="phone" type="tel" inputMode="tel" autoComplete="off" error={err.phone} defaultValue={str('phone')} />
          <p className="text-sm text-stone-600 sm:col-span-2">{t('contactHint')}</p>
        </div>
        <fieldset>
          <legend className="mb-1 text-sm font-medium text-stone-800">{t('role')}</legend>
          <div className="grid gap-2 sm:grid-cols-3">
            {ROLES.map((r) => (
              <label key={r} className="flex cursor-pointer items-start gap-2 rounded-lg border border-stone-200 p-3 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
                <input type="radio" name="role" value={r} checked={role === r} onChange={() => setRole(r)} className="mt-0.5 size-4 accent-brand-700" />
                <span>
                  <span className="block font-medium">{tRole(r)}</span>
                  <span className="text-stone-600">{tRoleHelp(r)}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      </section>
      {roleCan(role, 'scope.assigned') ? (
        <section className="space-y-3 rounded-xl border border-stone-200 bg-white p-5 shadow-xs">
          <h2 className="text-sm font-semibold tracking-wide text-stone-500 uppercase">{tScope('title')}</h2>
          <p className="text-sm text-stone-600">{tScope('help')}</p>
          <ScopeChecklist options={options} chosen={chosen} />
        </section>
      ) : null}
      <section className="rounded-xl border border-stone-200 bg-white p-5 shadow-xs">
        <PersonPicker name="personId" label={t('person')} hint={t('personNew')} search={searchPeopleToLinkAction} noResults={t('noneFound')} error={err.personId} />
      </section>
      <SubmitButton pendingLabel={t('creating')}>{t('submit')}</SubmitButton>
    </form>
  );
}
