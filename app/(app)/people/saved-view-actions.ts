'use server';

import { authedAction } from '@/lib/entry/action';
import { createSavedView, deleteSavedView } from '@/lib/data/people/saved-views';
import { ZSavedViewId, ZSaveViewInput } from '@/lib/validation/saved-view';

// Saving and deleting views of the people table. The home page counts them, so it is refreshed too.

export const saveViewAction = authedAction(ZSaveViewInput, createSavedView, { revalidate: ['/people', '/'], idempotent: 'saveView' });

export const deleteSavedViewAction = authedAction(ZSavedViewId, deleteSavedView, { revalidate: ['/people', '/'] });
