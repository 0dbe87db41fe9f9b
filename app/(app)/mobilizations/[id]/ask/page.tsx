import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/ui/back-link';
import { Button } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { listAskableCircles, listCandidates } from '@/lib/data/mobilizations/commitment-lists';
import { getMobilization } from '@/lib/data/mobilizations/mobilizations';
import { displayName } from '@/lib/format/person-name';
import { loadOr404, parseOr404, requirePage } from '@/lib/entry/page';
import { ZAskParams } from '@/lib/validation/mobilization';
import { seatsLeft } from '@/lib/mobilization/funnel';
import { AskForm } from '../../_components/ask-form';
import { quotaName } from '../../_components/labels';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('ask'))('title') };
}

type TProps = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[]>> };

/** Ask people: from a circle's roster, or by name. Those already asked are shown, not offered again. */
export default async function AskPage({ params, searchParams }: TProps) {
  const actor = await requirePage('mobilizations.organize');
  const { id, circle, q, ids } = parseOr404(ZAskParams, { ...(await params), ...(await searchParams) });
  const [t, m, circles] = await Promise.all([getTranslations(), loadOr404(getMobilization(actor, id)), listAskableCircles(actor)]);
  const candidates = await loadOr404(listCandidates(actor, id, { circleId: circle, q, ids }));
  return (
    <>
      <BackLink href={`/mobilizations/${id}`} label={m.name} />
      <PageHeader title={t('ask.title')} subtitle={t('ask.intro')} />
      <div className="mb-4 grid gap-3 md:grid-cols-2">
        <form className="flex flex-wrap items-end gap-2 rounded-xl border border-stone-200 bg-white p-3 shadow-xs">
          <label className="min-w-0 flex-1 text-sm">
            <span className="mb-1 block font-medium text-stone-800">{t('ask.fromCircle')}</span>
            <Select name="circle" defaultValue={circle ?? ''}>
              <option value="">{t('ask.chooseCircle')}</option>
              {circles.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </Select>
          </label>
          <Button type="submit">{t('ask.showRoster')}</Button>
        </form>
        <form role="search" className="flex flex-wrap items-end gap-2 rounded-xl border border-stone-200 bg-white p-3 shadow-xs">
          <label className="min-w-0 flex-1 text-sm">
            <span className="mb-1 block font-medium text-stone-800">{t('ask.byName')}</span>
            <Input type="search" name="q" defaultValue={q ?? ''} />
          </label>
          <Button type="submit">{t('ask.search')}</Button>
        </form>
      </div>
      {m.quotas.some((x) => x.target !== null) ? (
        <p className="mb-3 text-sm text-stone-700" data-testid="seats-left">
          <span className="font-medium">{t('marchDay.seats.title')}:</span>{' '}
          {m.quotas.flatMap((x) => (x.target === null ? [] : [t('marchDay.seats.quota', { name: quotaName(t, x), left: t('marchDay.seats.left', { count: seatsLeft(x.target, x.funnel) }) })])).join(' · ')}
        </p>
      ) : null}
      {ids.length ? <p className="mb-3 text-sm text-stone-600">{t('ask.fromList', { count: ids.length })}</p> : null}
      {circle || q || ids.length ? (
        <AskForm
          key={`${circle ?? ''}|${q ?? ''}|${ids.length}`}
          mobilizationId={id}
          quotas={m.quotas.filter((x) => x.id).map((x) => ({ id: x.id!, label: quotaName(t, x) }))}
          people={candidates.map((c) => ({ id: c.id, name: displayName(c), stage: c.ladderStage, language: c.preferredLanguage, doNotContact: c.doNotContact, status: c.status }))}
        />
      ) : (
        <p className="text-stone-600">{t('ask.pickFirst')}</p>
      )}
    </>
  );
}
