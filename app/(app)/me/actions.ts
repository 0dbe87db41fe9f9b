'use server';

import { authedAction } from '@/lib/entry/action';
import { updateMyProfile } from '@/lib/data/profile/me';
import { myProfileForm } from '@/lib/validation/me';

export const updateMyProfileAction = authedAction(
  myProfileForm,
  async (actor, { acceptVersion, version, ...rest }) => {
    // After a conflict the user may save their version over the newer one.
    await updateMyProfile(actor, { ...rest, version: acceptVersion ?? version });
    return { saved: true as const };
  },
  { revalidate: ['/me'] },
);
