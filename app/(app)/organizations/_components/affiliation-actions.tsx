'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import type { TActionResult } from '@/lib/entry/action';
import { removeAffiliationAction, updateAffiliationAction } from '../actions';

type TProps = { organizationId: string; personId: string; name: string; role: string | null; isPointPerson: boolean };

/** Edit a person's role and point-person flag in place, or remove them (after a second click). */
export function AffiliationActions({ organizationId, personId, name, role, isPointPerson }: TProps) {
  const t = useTranslations('organization.people');
  const [mode, setMode] = useState<'idle' | 'editing' | 'confirming'>('idle');
  const [saveState, save, saving] = useActionState(async (prev: TActionResult<{ personId: string }> | null, form: FormData) => {
    const result = await updateAffiliationAction(prev, form);
    if (result.ok) setMode('idle');
    return result;
  }, null);
  const [removeState, remove, removing] = useActionState(removeAffiliationAction, null);
  const error = (saveState && !saveState.ok && (saveState.fieldErrors?.role ?? saveState.message)) || (removeState && !removeState.ok && removeState.message);
  const keys = (
    <>
      <input type="hidden" name="organizationId" value={organizationId} />
      <input type="hidden" name="personId" value={personId} />
    </>
  );
  const quiet = 'rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-stone-200 hover:bg-stone-100';

  return (
    <div className="w-full sm:w-auto">
      {mode === 'editing' ? (
        <form action={save} className="flex flex-wrap items-end gap-2" aria-label={t('editNamed', { name })}>
          {keys}
          <label className="text-sm">
            <span className="mb-1 block font-medium text-stone-800">{t('role')}</span>
            <input
              name="role"
              defaultValue={role ?? ''}
              maxLength={80}
              className="w-44 rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm focus:border-brand-600 focus:ring-2 focus:ring-brand-200 focus:outline-none"
            />
          </label>
          <label className="flex items-center gap-2 py-1.5 text-sm">
            <input type="checkbox" name="isPointPerson" defaultChecked={isPointPerson} className="size-4 accent-brand-700" />
            {t('pointPerson')}
          </label>
          <button type="submit" disabled={saving} className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
            {t('save')}
          </button>
          <button type="button" onClick={() => setMode('idle')} className="rounded-md px-2 py-1.5 text-sm text-stone-700 hover:bg-stone-100">
            {t('cancel')}
          </button>
        </form>
      ) : (
        <form action={remove} className="flex flex-wrap items-center gap-2">
          {keys}
          {mode === 'confirming' ? (
            <>
              <button
                type="submit"
                disabled={removing}
                aria-label={t('confirmRemoveNamed', { name })}
                className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-60"
              >
                {t('confirmRemove')}
              </button>
              <button type="button" onClick={() => setMode('idle')} className="rounded-md px-2 py-1.5 text-sm text-stone-700 hover:bg-stone-100">
                {t('cancel')}
              </button>
            </>
          ) : (
            <>
              <button type="button" onClick={() => setMode('editing')} aria-label={t('editNamed', { name })} className={`${quiet} text-stone-800`}>
                {t('edit')}
              </button>
              <button type="button" onClick={() => setMode('confirming')} aria-label={t('removeNamed', { name })} className={`${quiet} text-red-800`}>
                {t('remove')}
              </button>
            </>
          )}
        </form>
      )}
      {error ? (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
