'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { LengthCounter } from '@/components/forms/length-counter';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { LIMITS } from '@/lib/validation/limits';
import { removeAffiliationAction, updateAffiliationAction } from '../actions';

type TProps = { organizationId: string; personId: string; name: string; role: string | null; isPointPerson: boolean };

/** Edit a person's role and point-person flag in place, or remove them (after a second click). */
export function AffiliationActions({ organizationId, personId, name, role, isPointPerson }: TProps) {
  const t = useTranslations('organization.people');
  const [mode, setMode] = useState<'idle' | 'editing' | 'confirming'>('idle');
  const { state: saveState, action: save, pending: saving } = useActionForm(updateAffiliationAction, { onSuccess: () => setMode('idle') });
  const { state: removeState, action: remove, pending: removing } = useActionForm(removeAffiliationAction);
  const error = (saveState && !saveState.ok && (saveState.fieldErrors?.role ?? saveState.message)) || (removeState && !removeState.ok && removeState.message);
  const keys = (
    <>
      <input type="hidden" name="organizationId" value={organizationId} />
      <input type="hidden" name="personId" value={personId} />
    </>
  );

  return (
    <div className="w-full sm:w-auto">
      {mode === 'editing' ? (
        <form action={save} className="flex flex-wrap items-end gap-2" aria-label={t('editNamed', { name })}>
          {keys}
          <label className="text-sm">
            <span className="mb-1 block font-medium text-stone-800">{t('role')}</span>
            <Input id={`role-${personId}`} look="row" inline name="role" defaultValue={role ?? ''} className="w-44" />
            <LengthCounter controlId={`role-${personId}`} limit={LIMITS.affiliationRole} />
          </label>
          <label className="flex items-center gap-2 py-1.5 text-sm">
            <input type="checkbox" name="isPointPerson" defaultChecked={isPointPerson} className="size-4 accent-brand-700" />
            {t('pointPerson')}
          </label>
          <Button type="submit" size="sm" disabled={saving}>
            {t('save')}
          </Button>
          <Button variant="ghost" size="sm" onClick={() => setMode('idle')}>
            {t('cancel')}
          </Button>
        </form>
      ) : (
        <form action={remove} className="flex flex-wrap items-center gap-2">
          {keys}
          {mode === 'confirming' ? (
            <>
              <Button type="submit" variant="danger" size="sm" disabled={removing} aria-label={t('confirmRemoveNamed', { name })}>
                {t('confirmRemove')}
              </Button>
              <Button variant="ghost" size="sm" onClick={() => setMode('idle')}>
                {t('cancel')}
              </Button>
            </>
          ) : (
            <>
              <Button variant="secondary" size="sm" onClick={() => setMode('editing')} aria-label={t('editNamed', { name })}>
                {t('edit')}
              </Button>
              <Button variant="outlineDanger" size="sm" onClick={() => setMode('confirming')} aria-label={t('removeNamed', { name })}>
                {t('remove')}
              </Button>
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
