import { z } from 'zod';
import { circleVCards, personVCard } from '@/lib/data/exports/vcard';
import { route } from '@/lib/entry/route';

// GET /people/export/vcard?person=<id> or ?circle=<id>, optionally &version=4.0: contact cards
// for a phone. Leadership only; a person or circle out of reach answers 404 like a missing one.

export const dynamic = 'force-dynamic';

const ZQuery = z.union([
  z.object({ person: z.uuid(), version: z.enum(['3.0', '4.0']).catch('3.0') }),
  z.object({ circle: z.uuid(), version: z.enum(['3.0', '4.0']).catch('3.0') }),
]);

export const GET = route({ answer: 'download', capability: 'people.export', query: ZQuery }, async ({ actor, query }) => {
  const card = 'person' in query ? await personVCard(actor, query.person, query.version) : await circleVCards(actor, query.circle, query.version);
  const file = `${card.name.replace(/[^\p{L}\p{N} _-]+/gu, '_').trim() || 'contacts'}.vcf`;
  return new Response(card.body, {
    headers: {
      'Content-Type': 'text/vcard; charset=utf-8',
      'Content-Disposition': `attachment; filename="contacts.vcf"; filename*=UTF-8''${encodeURIComponent(file)}`,
      'Cache-Control': 'no-store',
    },
  });
});
