import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ConfirmButton } from '@/components/forms/confirm-button';
import { PageHeader } from '@/components/ui/page-header';
import { getMobilization } from '@/lib/data/mobilizations/mobilizations';
import { listQuotaSources } from '@/lib/data/mobilizations/quotas';
import { orgClock } from '@/lib/data/admin/clock';
import { utcToWallTime } from '@/lib/format/dates';
import { loadOr404, requireRecordPage } from '@/lib/entry/page';
import { MobilizationForm } from '../../_components/mobilization-form';
import { deleteMobilizationAction, updateMobilizationAction } from '../../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('mobilizationForm'))('editTitle') };
}

export default async function EditMobilizationPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, id } = await requireRecordPage('mobilizations.plan', (await params).id);
  const [t, m, sources, { timeZone }] = await Promise.all([getTranslations('mobilizationForm'), loadOr404(getMobilization(actor, id)), listQuotaSources(actor), orgClock()]);
  return (
    <>
      <PageHeader title={t('editTitle')} subtitle={m.name} />
      <MobilizationForm
        action={updateMobilizationAction}
        initial={{
          id: m.id,
          version: m.version,
          name: m.name,
          kind: m.kind,
          startsAt: utcToWallTime(m.startsAt, timeZone),
          place: m.place ?? '',
          description: m.description ?? '',
          goal: String(m.goal),
          goalUnit: m.goalUnit,
          quotas: m.quotas.filter((q) => q.id).map((q) => ({ ref: q.ref, target: String(q.target ?? 0) })),
        }}
        sources={sources}
        cancelHref={`/mobilizations/${m.id}`}
        submitLabel={t('save')}
      />
      <div className="mt-10">
        <ConfirmButton action={deleteMobilizationAction} id={m.id} label={t('delete')} explanation={t('deleteExplain')} confirmLabel={t('confirmDelete')} />
      </div>
    </>
  );
}
