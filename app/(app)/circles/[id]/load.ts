import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getCircle } from '@/lib/data/circles/read';
import { loadOr404, requireArea } from '@/lib/entry/page';
import { ZCircleId } from '@/lib/validation/circle';

/** The circle of the URL as the actor may see it (once per request: the title and the page share it). */
export const loadCircle = cache(async (rawId: string) => {
  const actor = await requireArea('circles');
  const id = ZCircleId.safeParse(rawId);
  if (!id.success) notFound();
  return { actor, circle: await loadOr404(getCircle(actor, id.data)) };
});
