'use server';

import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/entry/action';
import { cancelImport, checkImportRows, recheckImport, retryImport, reviseImportMapping, saveImportOptions, startImportMerge } from '@/lib/data/imports/commands';
import { addImportPlaces } from '@/lib/data/imports/unknown-places';
import { undoImport } from '@/lib/data/imports/undo';
import { ZImportId, ZImportMerge, ZImportOptions } from '@/lib/validation/import';

// The import page's steps. Each moves the import on in the data layer (leadership only) and
// re-renders the page, which shows the import wherever it now is.

const refresh = (id: string) => {
  revalidatePath(`/imports/${id}`);
  revalidatePath('/imports');
};

export const saveImportOptionsAction = authedAction(ZImportOptions, async (actor, { id, ...options }) => {
  await saveImportOptions(actor, id, options);
  refresh(id);
});

export const checkImportRowsAction = authedAction(ZImportOptions, async (actor, { id, ...options }) => {
  await checkImportRows(actor, id, options);
  refresh(id);
});

export const startImportMergeAction = authedAction(ZImportMerge, async (actor, { id, mode, source, join }) => {
  await startImportMerge(actor, id, mode, { source, join });
  refresh(id);
});

export const reviseImportMappingAction = authedAction(ZImportId, async (actor, { id }) => {
  await reviseImportMapping(actor, id);
  refresh(id);
});

export const retryImportAction = authedAction(ZImportId, async (actor, { id }) => {
  await retryImport(actor, id);
  refresh(id);
});

export const recheckImportAction = authedAction(ZImportId, async (actor, { id }) => {
  await recheckImport(actor, id);
  refresh(id);
});

export const cancelImportAction = authedAction(ZImportId, async (actor, { id }) => {
  await cancelImport(actor, id);
  refresh(id);
});

/** Leadership confirms the precincts the file names that Leaven lacks: they are added, and the file checked again. */
export const addImportPlacesAction = authedAction(ZImportId, async (actor, { id }) => {
  await addImportPlaces(actor, id);
  refresh(id);
  revalidatePath('/admin/places');
});

export const undoImportAction = authedAction(ZImportId, async (actor, { id }) => {
  await undoImport(actor, id);
  refresh(id);
});
