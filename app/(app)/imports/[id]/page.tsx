import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { formatDateTime } from '@/lib/format/dates';
import { listCircles } from '@/lib/data/circles/read';
import { listHouseholds } from '@/lib/data/imports/households';
import { getImport, getImportPlacement, listProblemRows, previewImport, type TImportView } from '@/lib/data/imports/reads';
import { listUnknownPlaces } from '@/lib/data/imports/unknown-places';
import { loadOr404, requirePage, requireRecordPage } from '@/lib/entry/page';
import { AutoRefresh } from '../_components/auto-refresh';
import { HouseholdPairs } from '../_components/household-pairs';
import { ImportButton } from '../_components/import-buttons';
import { MappingForm } from '../_components/mapping-form';
import { MergeForm } from '../_components/merge-form';
import { PreviewTable } from '../_components/preview-table';
import { ProblemRows } from '../_components/problem-rows';
import { ProgressBar } from '../_components/progress-bar';
import { StagingLost } from '../_components/staging-lost';
import { StatusBadge } from '../_components/status-badge';
import { UnknownPlaces } from '../_components/unknown-places';

type TProps = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('imports'))('title') };
}

export default async function ImportPage({ params }: TProps) {
  const { actor, id } = await requireRecordPage('imports.run', (await params).id);
  const imp = await loadOr404(getImport(actor, id));
  const [t, format] = await Promise.all([getTranslations('imports'), getFormatter()]);
  const delimiter = imp.delimiter === ';' ? 'semicolon' : imp.delimiter === ',' ? 'comma' : 'tab';

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/imports" className="text-brand-800 hover:underline">
          ← {t('title')}
        </Link>
      </p>
      <PageHeader
        title={imp.fileName}
        subtitle={t('meta', {
          who: imp.createdBy?.email ?? '—',
          when: formatDateTime(format, imp.createdAt),
          rows: imp.totalRows,
          encoding: imp.encoding.toUpperCase(),
          delimiter: t(`delimiter.${delimiter}`),
        })}
        actions={<StatusBadge status={imp.status} />}
      />
      <div className="space-y-6">
        {imp.skippedColumns.length ? (
          <div role="note" className="rounded-xl border border-crust-100 bg-crust-50 p-4 text-sm text-stone-800">
            <p className="font-semibold text-crust-700">{t('skippedTitle')}</p>
            <p>{t('skipped', { count: imp.skippedColumns.length, columns: imp.skippedColumns.map((c) => `“${c}”`).join(', ') })}</p>
          </div>
        ) : null}
        {imp.tool && ['MAPPING', 'REVIEW'].includes(imp.status) ? <p className="rounded-xl border border-brand-100 bg-brand-50 p-4 text-sm text-brand-900">{t(`sourceTool.${imp.tool}`)}</p> : null}
        <Step imp={imp} actorCircles={imp.status === 'MAPPING' ? await listCircles(actor) : []} />
      </div>
    </>
  );
}

async function Step({ imp, actorCircles }: { imp: TImportView; actorCircles: { id: string; name: string }[] }) {
  const actor = await requirePage('imports.run');
  const [t, format] = await Promise.all([getTranslations('imports'), getFormatter()]);
  switch (imp.status) {
    case 'MAPPING': {
      const preview = await previewImport(actor, imp.id, imp.mapping);
      return (
        <>
          {imp.stagingLost ? <StagingLost id={imp.id} canRecheck={false} /> : null}
          <MappingForm
            id={imp.id}
            headers={imp.headers}
            sample={preview.rows[0]?.cells ?? []}
            mapping={imp.mapping}
            circles={actorCircles}
            options={{ circleId: imp.circleId, tags: imp.tags, source: imp.source }}
            rows={imp.totalRows}
          />
          <PreviewTable rows={preview.rows} headers={imp.headers} mapping={imp.mapping} precincts={preview.precincts} />
          <ImportButton id={imp.id} kind="cancel" label={t('cancel')} />
        </>
      );
    }
    case 'ANALYSING':
    case 'MERGING': {
      const started = imp.heartbeatAt !== null && imp.progressTotal > 0;
      const detail = !started
        ? t('progress.waiting')
        : imp.status === 'ANALYSING'
          ? t('progress.rows', { done: format.number(imp.progressDone), total: format.number(imp.progressTotal) })
          : t('progress.steps', { done: imp.progressDone, total: imp.progressTotal });
      return (
        <Card>
          <AutoRefresh />
          <div className="space-y-4">
            <ProgressBar label={t(`progress.${imp.status}`)} done={started ? imp.progressDone : null} total={imp.progressTotal} detail={detail} />
            <p className="text-sm text-stone-600">{imp.cancelRequested ? t('progress.cancelling') : t('progress.leave')}</p>
            {imp.cancelRequested ? null : <ImportButton id={imp.id} kind="cancel" label={t('cancel')} />}
          </div>
        </Card>
      );
    }
    case 'REVIEW': {
      if (imp.stagingLost) {
        return (
          <>
            <StagingLost id={imp.id} canRecheck />
            <ImportButton id={imp.id} kind="cancel" label={t('cancel')} />
          </>
        );
      }
      const [problems, unknownPlaces, households, placement] = await Promise.all([
        listProblemRows(actor, imp.id, 20),
        listUnknownPlaces(actor, imp.id),
        listHouseholds(actor, imp.id),
        getImportPlacement(actor, imp.id),
      ]);
      const counts: [string, number, string][] = [
        [t('review.newPeople'), imp.newCount, 'text-brand-800'],
        [t('review.matched'), imp.matchedCount, 'text-brand-800'],
        [t('review.duplicates'), imp.duplicateCount, 'text-stone-700'],
        [t('review.conflicts'), imp.conflictCount, imp.conflictCount ? 'text-red-800' : 'text-stone-700'],
        [t('review.bad'), imp.badCount, imp.badCount ? 'text-red-800' : 'text-stone-700'],
      ];
      return (
        <>
          <Card title={t('review.title')}>
            <dl className="grid grid-cols-2 gap-4 sm:grid-cols-5">
              {counts.map(([label, n, tone]) => (
                <div key={label}>
                  <dt className="text-sm text-stone-600">{label}</dt>
                  <dd className={`text-2xl font-semibold tabular-nums ${tone}`}>{format.number(n)}</dd>
                </div>
              ))}
            </dl>
            <p className="mt-3 text-sm text-stone-600">{t('review.matchedHelp')}</p>
            {imp.droppedTagCount ? <p className="mt-1 text-sm text-crust-700">{t('review.droppedTags', { count: imp.droppedTagCount })}</p> : null}
            {placement.placed ? <p className="mt-1 text-sm text-stone-700" data-testid="placed">{t('review.placed', { count: placement.placed })}</p> : null}
            {placement.unplaced ? <p className="mt-1 text-sm text-crust-700" data-testid="unplaced">{t('review.unplaced', { count: placement.unplaced })}</p> : null}
          </Card>
          <UnknownPlaces id={imp.id} unknown={unknownPlaces} />
          <HouseholdPairs {...households} mergeForm={`merge-${imp.id}`} />
          <MergeForm id={imp.id} people={imp.newCount + imp.matchedCount} mode={imp.mode} source={imp.source} />
          <div className="flex flex-wrap gap-3">
            <ImportButton id={imp.id} kind="revise" label={t('review.revise')} />
            <ImportButton id={imp.id} kind="cancel" label={t('cancel')} />
          </div>
          <ProblemRows id={imp.id} rows={problems} total={imp.badCount + imp.conflictCount} headers={imp.headers} />
        </>
      );
    }
    case 'DONE': {
      const [problems, households] = await Promise.all([listProblemRows(actor, imp.id, 20), listHouseholds(actor, imp.id)]);
      return (
        <>
          <Card title={t('done.title')}>
            <p className="text-lg text-stone-900">{t('done.summary', { created: imp.createdCount, updated: imp.updatedCount })}</p>
            {imp.canUndo && imp.undoUntil ? (
              <div className="mt-4 space-y-2 border-t border-stone-100 pt-4">
                <p className="text-sm text-stone-600">{t('done.undoHelp', { until: formatDateTime(format, imp.undoUntil) })}</p>
                <ImportButton id={imp.id} kind="undo" label={t('done.undo')} />
              </div>
            ) : null}
          </Card>
          <HouseholdPairs {...households} />
          <ProblemRows id={imp.id} rows={problems} total={imp.badCount + imp.conflictCount} headers={imp.headers} />
        </>
      );
    }
    case 'FAILED':
      return (
        <Card>
          <p role="alert" className="mb-4 text-red-800">
            {imp.error === 'staging' ? t('lost.failed') : t('done.failed')}
          </p>
          <ImportButton id={imp.id} kind="retry" label={t('done.retry')} />
        </Card>
      );
    case 'UNDONE':
      return <Card>{t('done.undone', { when: imp.undoneAt ? formatDateTime(format, imp.undoneAt) : '' })}</Card>;
    case 'CANCELLED':
      return <Card>{t('done.cancelled')}</Card>;
  }
}
