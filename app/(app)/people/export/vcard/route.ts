import { notFound } from 'next/navigation';
import { z } from 'zod';
import { circleVCards, personVCard } from '@/lib/data/exports/vcard';
import { isAppError } from '@/lib/errors';
import { requirePage } from '@/lib/entry/page';

// GET /people/export/vcard?person=<id> or ?circle=<id>, optionally &version=4.0: contact cards
// for a phone. Leadership only; a person or circle out of reach answers 404 like a missing one.

export const dynamic = 'force-dynamic';

const ZQuery = z.union([
  z.object({ person: z.uuid(), version: z.enum(['3.0', '4.0']).catch('3.0') }),
  z.object({ circle: z.uuid(), version: z.enum(['3.0', '4.0']).catch('3.0') }),
]);

export async function GET(request: Request) {
  const actor = await requirePage('people.export');
  const query = ZQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) notFound();
  let card: { name: string; body: string };
  try {
    card = 'person' in query.data ? await personVCard(actor, query.data.person, query.data.version) : await circleVCards(actor, query.data.circle, query.data.version);
  } catch (e) {
    if (isAppError(e, 'NOT_FOUND')) notFound();
    throw e;
  }
  const file = `${card.name.replace(/[^\p{L}\p{N} _-]+/gu, '_').trim() || 'contacts'}.vcf`;
  return new Response(card.body, {
    headers: {
      'Content-Type': 'text/vcard; charset=utf-8',
      'Content-Disposition': `attachment; filename="contacts.vcf"; filename*=UTF-8''${encodeURIComponent(file)}`,
      'Cache-Control': 'no-store',
    },
  });
}
