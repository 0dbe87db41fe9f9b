import { getActor } from '@/lib/auth/actor';
import { exportPeopleCsv } from '@/lib/data/export';
import { isAppError } from '@/lib/errors';

// Everyone, as CSV, for leadership; the data layer refuses anyone else and audits the export.
// (The people table's own export, with its filters, will call exportPeopleCsv with a `where`.)
const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

export async function GET() {
  const actor = await getActor();
  if (!actor) return notFound();
  try {
    const csv = await exportPeopleCsv(actor, {});
    const day = new Date().toISOString().slice(0, 10);
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="leaven-people-${day}.csv"`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (e) {
    if (isAppError(e, 'NOT_FOUND')) return notFound();
    throw e;
  }
}
