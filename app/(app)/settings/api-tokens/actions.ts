'use server';

import { authedAction } from '@/lib/entry/action';
import { createApiToken, revokeApiToken } from '@/lib/data/admin/api-tokens';
import { ZApiTokenId, ZCreateApiToken } from '@/lib/validation/api-token';

export const createApiTokenAction = authedAction(ZCreateApiToken, (actor, input) => createApiToken(actor, input), { revalidate: ['/settings/api-tokens'] });

export const revokeApiTokenAction = authedAction(ZApiTokenId, (actor, { id }) => revokeApiToken(actor, id), { revalidate: ['/settings/api-tokens'] });
