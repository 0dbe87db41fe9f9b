'use server';

import { z } from 'zod';
import { authedAction } from '@/lib/entry/action';
import { globalSearch } from '@/lib/data/people/search';

/** The shell's search box, as you type: people, circles and organizations the actor may see. */
export const globalSearchAction = authedAction(z.object({ q: z.string().trim().max(100) }), (actor, { q }) => globalSearch(actor, q), { rateLimit: 'search' });
