import { exportPeopleToCsv } from '@/lib/data/exports/people-csv';
import { orgToday } from '@/lib/format/dates';
import { route } from '@/lib/entry/route';
import { peopleViewOf, ZPeopleListParams } from '@/lib/validation/search-params';

// GET /people/export/csv?<the people table's params>: the table's current view (filters, search
// and sort) as a CSV, every page of it. Leadership only: to anyone else this address does not exist.

export const dynamic = 'force-dynamic';

export const GET = route({ answer: 'download', capability: 'people.export', query: ZPeopleListParams }, async ({ actor, query }) => {
  const stream = await exportPeopleToCsv(actor, peopleViewOf(query));
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="leaven-people-${orgToday()}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
});
