'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { PersonPicker } from '@/components/forms/person-picker';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button, buttonClass } from '@/components/ui/button';
import { setRecruiterAction } from '../actions';
import { searchPeopleAction } from '../../../_actions/person-search';

/** Sets, changes or clears "recruited by". The server refuses a choice that would make a loop. */
export function RecruiterForm({ personId, version, hasRecruiter }: { personId: string; version: number; hasRecruiter: boolean }) {
  const t = useTranslations('profile.recruitment');
  const [open, setOpen] = useState(false);
  const set = useActionForm(setRecruiterAction, { onSuccess: () => setOpen(false) });
  const clear = useActionForm(setRecruiterAction);
  return (
    <div className="mt-3 space-y-2">
      <FormMessage state={clear.state} />
      {open ? (
        <form onSubmit={set.onSubmit} noValidate aria-label={t('set')} className="space-y-3 rounded-lg border border-stone-200 bg-stone-50 p-3">
          <FormMessage state={set.state} />
          <input type="hidden" name="personId" value={personId} />
          <input type="hidden" name="version" value={version} />
          <PersonPicker name="recruiterId" search={searchPeopleAction} label={t('recruiter')} exclude={[personId]} error={set.errors.recruiterId} />
          <div className="flex gap-2">
            <SubmitButton pending={set.pending} pendingLabel={t('saving')}>{t('save')}</SubmitButton>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {t('cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap gap-3">
          <button type="button" onClick={() => setOpen(true)} className={buttonClass('link')}>
            {hasRecruiter ? t('change') : t('set')}
          </button>
          {hasRecruiter ? (
            <form onSubmit={clear.onSubmit}>
              <input type="hidden" name="personId" value={personId} />
              <input type="hidden" name="version" value={version} />
              <input type="hidden" name="recruiterId" value="" />
              <button type="submit" disabled={clear.pending} className="text-sm font-medium text-red-800 hover:underline disabled:opacity-60">
                {t('clear')}
              </button>
            </form>
          ) : null}
        </div>
      )}
    </div>
  );
}
