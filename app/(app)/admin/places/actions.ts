'use server';

import { redirect } from 'next/navigation';
import { authedAction } from '@/lib/entry/action';
import { loadPlaceList } from '@/lib/data/places/ensure';
import { createPrecinct, createWard, deletePrecinct, deleteWard, updatePrecinct, updateWard } from '@/lib/data/places/places';
import { ZDeletePrecinct, ZPlaceId, ZPlaceListUpload, ZPrecinctInput, ZUpdatePrecinctForm, ZUpdateWardInput, ZWardInput } from '@/lib/validation/places';

// Admin → Places: leadership manages wards and precincts (the data layer refuses anyone else).
// The ward picture, the people table's filters and the person form read these places too.

const places = { revalidate: ['/admin/places', '/precincts', '/people'] };

export const loadPlaceListAction = authedAction(ZPlaceListUpload, (actor, { file }) => loadPlaceList(actor, file), places);

export const createWardAction = authedAction(ZWardInput, (actor, input) => createWard(actor, input), places);

export const updateWardAction = authedAction(ZUpdateWardInput, async (actor, input) => {
  await updateWard(actor, input);
  return { id: input.id };
}, places);

export const deleteWardAction = authedAction(ZPlaceId, async (actor, { id }) => {
  await deleteWard(actor, id);
  redirect('/admin/places');
}, places);

export const createPrecinctAction = authedAction(ZPrecinctInput, (actor, input) => createPrecinct(actor, input), places);

export const updatePrecinctAction = authedAction(ZUpdatePrecinctForm, async (actor, input) => updatePrecinct(actor, input), places);

export const deletePrecinctAction = authedAction(ZDeletePrecinct, async (actor, input) => {
  const { wardId } = await deletePrecinct(actor, input);
  redirect(`/admin/places?ward=${wardId}`);
}, places);
