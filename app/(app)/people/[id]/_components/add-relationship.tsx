'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { PersonPicker } from '@/components/forms/person-picker';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { addRelationshipAction } from '../actions';
import { searchPeopleAction } from '../../../_actions/person-search';
import { RelationshipFields } from './relationship-fields';

/** "Add a relationship": the other person is picked by name from the user's scope. */
export function AddRelationship({ personId, exclude }: { personId: string; exclude: string[] }) {
  const t = useTranslations('profile.relationships');
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState(false);
  const { state, pending, onSubmit, errors } = useActionForm(addRelationshipAction, {
    onSuccess: () => {
      setOpen(false);
      setAdded(true);
    },
  });
  if (!open) {
    return (
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="outline" size="md" onClick={() => { setOpen(true); setAdded(false); }}>
          + {t('add')}
        </Button>
        {added ? <p role="status" className="text-sm text-brand-900">{t('added')}</p> : null}
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('add')} className="space-y-3 rounded-lg border border-stone-200 bg-stone-50 p-3">
      <FormMessage state={state} />
      <input type="hidden" name="personId" value={personId} />
      <PersonPicker name="otherId" search={searchPeopleAction} label={t('person')} exclude={[personId, ...exclude]} error={errors.otherId} />
      <RelationshipFields idPrefix="new-relationship" errors={errors} />
      <div className="flex gap-2">
        <SubmitButton pending={pending} pendingLabel={t('saving')}>{t('save')}</SubmitButton>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
