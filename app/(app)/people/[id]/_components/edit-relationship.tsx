'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button, buttonClass } from '@/components/ui/button';
import { removeRelationshipAction, updateRelationshipAction } from '../actions';
import { RelationshipFields } from './relationship-fields';

type TTie = { id: string; kind: string; strength: number; note: string | null; otherName: string };

/** Edit or remove one relationship, in place. Removing asks once more before it happens. */
export function EditRelationship({ tie }: { tie: TTie }) {
  const t = useTranslations('profile.relationships');
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const edit = useActionForm(updateRelationshipAction, { onSuccess: () => setOpen(false) });
  const remove = useActionForm(removeRelationshipAction);
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} className={buttonClass('link')}>
        {t('edit')}
        <span className="sr-only">: {tie.otherName}</span>
      </button>
    );
  }
  return (
    <div className="mt-2 w-full space-y-3 rounded-lg border border-stone-200 bg-stone-50 p-3">
      <form onSubmit={edit.onSubmit} noValidate aria-label={t('editLabel', { name: tie.otherName })} className="space-y-3">
        <FormMessage state={edit.state} />
        <input type="hidden" name="id" value={tie.id} />
        <RelationshipFields idPrefix={`rel-${tie.id}`} errors={edit.errors} initial={tie} />
        <div className="flex flex-wrap gap-2">
          <SubmitButton pending={edit.pending} pendingLabel={t('saving')}>{t('save')}</SubmitButton>
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {t('cancel')}
          </Button>
        </div>
      </form>
      <form onSubmit={remove.onSubmit} className="flex flex-wrap items-center gap-2 border-t border-stone-200 pt-3">
        <FormMessage state={remove.state} />
        <input type="hidden" name="id" value={tie.id} />
        {confirming ? (
          <>
            <span className="text-sm text-stone-700">{t('removeConfirm', { name: tie.otherName })}</span>
            <SubmitButton pending={remove.pending} pendingLabel={t('saving')} variant="danger">{t('removeYes')}</SubmitButton>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(true)} className="text-sm font-medium text-red-800 hover:underline">
            {t('remove')}
          </button>
        )}
      </form>
    </div>
  );
}
