'use client';

import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { addImportPlacesAction, cancelImportAction, recheckImportAction, retryImportAction, reviseImportMappingAction, undoImportAction } from '../actions';

const ACTIONS = { cancel: cancelImportAction, retry: retryImportAction, recheck: recheckImportAction, revise: reviseImportMappingAction, undo: undoImportAction, addPlaces: addImportPlacesAction };
const STYLE = {
  addPlaces: 'bg-brand-700 text-white hover:bg-brand-800',
  cancel: 'border border-red-200 bg-white text-red-800 hover:bg-red-50',
  retry: 'bg-brand-700 text-white hover:bg-brand-800',
  recheck: 'bg-brand-700 text-white hover:bg-brand-800',
  revise: 'border border-stone-300 bg-white text-stone-800 hover:bg-stone-100',
  undo: 'border border-red-300 bg-white text-red-800 hover:bg-red-50',
};

/** One step of an import that needs nothing but its id: cancel, try again, check again, change the columns, undo, add the places it names. */
export function ImportButton({ id, kind, label }: { id: string; kind: keyof typeof ACTIONS; label: string }) {
  const { state, action, pending } = useActionForm(ACTIONS[kind]);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} aria-busy={pending} className={`rounded-md px-4 py-2 font-medium disabled:opacity-60 ${STYLE[kind]}`}>
        {label}
      </button>
      {state && !state.ok ? <FormMessage state={state} /> : null}
    </form>
  );
}
