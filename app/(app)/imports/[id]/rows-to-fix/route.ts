import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requireRecordPage } from '@/lib/entry/page';
import { csvDocument } from '@/lib/csv/write';
import { exportProblemRows } from '@/lib/data/imports/reads';
import { isAppError } from '@/lib/errors';
import { problemText } from '../../_components/problem-text';

// GET /imports/<id>/rows-to-fix: the rows that were not imported, with the file's own columns
// (the refused ones were never kept), so they can be fixed in the spreadsheet and imported again.

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { actor, id } = await requireRecordPage('imports.run', (await params).id);
  let report: Awaited<ReturnType<typeof exportProblemRows>>;
  try {
    report = await exportProblemRows(actor, id);
  } catch (e) {
    if (isAppError(e, 'NOT_FOUND')) notFound();
    throw e;
  }
  const t = await getTranslations('imports');
  const reason = (r: (typeof report.rows)[number]) =>
    r.outcome === 'CONFLICT' ? `${t('problems.conflict')} ${r.matched.map((m) => m.name).join(', ')}` : r.problems.map((p) => problemText(t, p, report.headers, r.cells)).join(' ');
  const body = csvDocument(
    [...report.headers, t('problems.csvRow'), t('problems.csvProblem')],
    report.rows.map((r) => [...report.headers.map((_, i) => r.cells[i] ?? ''), r.line, reason(r)]),
  );
  const base = report.fileName.replace(/\.[^.]+$/, '').replace(/[^\p{L}\p{N} _-]+/gu, '_') || 'import';
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="rows-to-fix.csv"; filename*=UTF-8''${encodeURIComponent(`${base} - rows to fix.csv`)}`,
      'Cache-Control': 'no-store',
    },
  });
}
