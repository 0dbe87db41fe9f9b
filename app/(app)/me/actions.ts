'use server';

import { z } from 'zod';
import { authedAction } from '@/lib/action';
import { updateMyProfile } from '@/lib/data/me';
import { ZMyProfileForm } from '@/lib/validation/me';

// After a conflict the user may save their version over the newer one (acceptVersion).
const ZInput = z.intersection(ZMyProfileForm, z.object({ acceptVersion: z.coerce.number().int().positive().optional() }));

export const updateMyProfileAction = authedAction(
  ZInput,
  async (actor, { acceptVersion, version, ...rest }) => {
    await updateMyProfile(actor, { ...rest, version: acceptVersion ?? version });
    return { saved: true as const };
  },
  { revalidate: ['/me'] },
);
