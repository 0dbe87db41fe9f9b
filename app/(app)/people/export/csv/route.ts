import { exportPeopleToCsv } from '@/lib/data/exports/people-csv';
import { requirePage } from '@/lib/entry/page';
import { peopleViewOf, ZPeopleListParams } from '@/lib/validation/search-params';

// GET /people/export/csv?<the people table's params>: the table's current view (filters, search
// and sort) as a CSV, every page of it. Leadership only: to anyone else this address does not exist.

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const actor = await requirePage('people.export');
  const params = ZPeopleListParams.parse(Object.fromEntries(new URL(request.url).searchParams));
  const stream = await exportPeopleToCsv(actor, peopleViewOf(params));
  const day = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="leaven-people-${day}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
