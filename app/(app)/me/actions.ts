'use server';

import { authedAction } from '@/lib/entry/action';
import { updateMyProfile } from '@/lib/data/profile/me';
import { editsOf } from '@/lib/validation/edits';
import { myProfileForm } from '@/lib/validation/me';

export const updateMyProfileAction = authedAction(
  myProfileForm,
  async (actor, { acceptVersion, version, original, edited, ...patch }) => {
    // After a conflict the user may save their changes over the newer version.
    await updateMyProfile(actor, { ...patch, version: acceptVersion ?? version, edits: editsOf({ original, edited }) });
    return { saved: true as const };
  },
  { revalidate: ['/me'] },
);
