import { notFound } from 'next/navigation';
import { exportPeopleToCsv } from '@/lib/data/exports/people-csv';
import { peopleWhere } from '@/lib/data/exports/people-where';
import { requireArea } from '@/lib/page-helpers';
import { ZPeopleListParams } from '@/lib/validation/search-params';

// GET /people/export/csv?q=...: the people list's current view as a CSV. Leadership only: to
// anyone else this address does not exist.

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const actor = await requireArea('people');
  if (actor.role !== 'ADMIN') notFound();
  const { q } = ZPeopleListParams.parse(Object.fromEntries(new URL(request.url).searchParams));
  const stream = await exportPeopleToCsv(actor, peopleWhere({ q }));
  const day = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="leaven-people-${day}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
