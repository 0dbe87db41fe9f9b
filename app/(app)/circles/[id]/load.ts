import 'server-only';
import { cache } from 'react';
import { getCircle } from '@/lib/data/circles/read';
import { loadOr404, requireRecordPage } from '@/lib/entry/page';

/** The circle of the URL as the actor may see it (once per request: the title and the page share it). */
export const loadCircle = cache(async (rawId: string) => {
  const { actor, id } = await requireRecordPage('area.circles', rawId);
  return { actor, circle: await loadOr404(getCircle(actor, id)) };
});
