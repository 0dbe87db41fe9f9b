'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { PendingButton } from '@/components/person/pending-button';
import { PersonPicker } from '@/components/person/person-picker';
import { searchPeopleAction } from '../../../_actions/person-search';
import { useActionForm } from '@/components/person/use-action-form';
import { addRelationshipAction } from '../actions';
import { RelationshipFields } from './relationship-fields';

/** "Add a relationship": the other person is picked by name from the user's scope. */
export function AddRelationship({ personId, exclude }: { personId: string; exclude: string[] }) {
  const t = useTranslations('profile.relationships');
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState(false);
  const { state, pending, onSubmit, errors } = useActionForm(addRelationshipAction, () => {
    setOpen(false);
    setAdded(true);
  });
  if (!open) {
    return (
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" onClick={() => { setOpen(true); setAdded(false); }} className="rounded-md px-3 py-2 text-sm font-medium text-brand-800 ring-1 ring-brand-200 hover:bg-brand-50">
          + {t('add')}
        </button>
        {added ? <p role="status" className="text-sm text-brand-900">{t('added')}</p> : null}
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('add')} className="space-y-3 rounded-lg border border-stone-200 bg-stone-50 p-3">
      <FormMessage state={state} />
      <input type="hidden" name="personId" value={personId} />
      <PersonPicker name="otherId" search={searchPeopleAction} label={t('person')} exclude={[personId, ...exclude]} error={errors?.otherId} />
      <RelationshipFields idPrefix="new-relationship" errors={errors} />
      <div className="flex gap-2">
        <PendingButton pending={pending} pendingLabel={t('saving')}>{t('save')}</PendingButton>
        <button type="button" onClick={() => setOpen(false)} className="rounded-md px-4 py-2.5 font-medium text-stone-700 ring-1 ring-stone-300 hover:bg-stone-100">
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
