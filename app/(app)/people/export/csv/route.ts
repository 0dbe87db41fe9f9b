import { exportPeopleToCsv } from '@/lib/data/exports/people-csv';
import { orgClock } from '@/lib/data/admin/clock';
import { route } from '@/lib/entry/route';
import { peopleViewOf, ZPeopleListParams } from '@/lib/validation/search-params';

// GET /people/export/csv?<the people table's params>: the table's current view (filters, search
// and sort) as a CSV, every page of it. Leadership only: to anyone else this address does not exist.

export const dynamic = 'force-dynamic';

export const GET = route({ answer: 'download', capability: 'people.export', query: ZPeopleListParams }, async ({ actor, query }) => {
  const [stream, { today }] = await Promise.all([exportPeopleToCsv(actor, peopleViewOf(query)), orgClock()]);
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="leaven-people-${today}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
});
