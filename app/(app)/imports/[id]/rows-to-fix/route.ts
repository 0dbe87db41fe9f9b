import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { csvDocument } from '@/lib/csv/write';
import { exportProblemRows } from '@/lib/data/imports/reads';
import { route } from '@/lib/entry/route';
import { problemText } from '../../_components/problem-text';

// GET /imports/<id>/rows-to-fix: the rows that were not imported, with the file's own columns
// (the refused ones were never kept), so they can be fixed in the spreadsheet and imported again.

export const dynamic = 'force-dynamic';

export const GET = route({ answer: 'download', capability: 'imports.run', params: z.object({ id: z.uuid() }) }, async ({ actor, params }) => {
  const report = await exportProblemRows(actor, params.id);
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
});
