import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ConfirmButton } from '@/components/forms/confirm-button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { SimpleTable } from '@/components/ui/simple-table';
import { listWardPrecincts, listWards, type TWardPrecincts } from '@/lib/data/places/places';
import { loadOr404, parseOr404, requirePage } from '@/lib/entry/page';
import { ZPlacesParams } from '@/lib/validation/places';
import { deleteWardAction } from './actions';
import { PlaceListForm } from './_components/place-list-form';
import { PrecinctAddForm } from './_components/precinct-add-form';
import { WardForm } from './_components/ward-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('places'))('title') };
}

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Admin → Places: every ward, and the precincts of the ward chosen (?ward=), for leadership. */
export default async function PlacesPage({ searchParams }: TProps) {
  const actor = await requirePage('places.manage');
  const { ward: wardId } = parseOr404(ZPlacesParams, await searchParams);
  const [t, format, wards, chosen] = await Promise.all([
    getTranslations('places'),
    getFormatter(),
    listWards(actor),
    wardId ? loadOr404(listWardPrecincts(actor, wardId)) : Promise.resolve(null),
  ]);
  const n = (v: number) => format.number(v);
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      {chosen ? <WardSection chosen={chosen} /> : null}
      <Card title={t('wards.title')}>
        <SimpleTable
          rows={wards}
          rowKey={(w) => w.id}
          empty={t('wards.none')}
          columns={[
            {
              key: 'number',
              header: t('wards.number'),
              cell: (w) => (
                <Link href={`/admin/places?ward=${w.id}`} aria-current={w.id === wardId ? 'page' : undefined} className="font-medium text-brand-800 hover:underline">
                  {t('wards.open', { number: w.number })}
                </Link>
              ),
            },
            { key: 'name', header: t('wards.name'), cell: (w) => w.name ?? '—', hideOnPhone: true },
            { key: 'precincts', header: t('wards.precincts'), cell: (w) => n(w.precincts), className: 'text-right tabular-nums' },
            { key: 'people', header: t('wards.people'), cell: (w) => n(w.people), className: 'text-right tabular-nums' },
          ]}
        />
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t('list.title')}>
          <PlaceListForm />
        </Card>
        <Card title={t('wards.add')}>
          <WardForm />
        </Card>
      </div>
    </div>
  );
}

async function WardSection({ chosen: { ward, precincts } }: { chosen: TWardPrecincts }) {
  const [t, format] = await Promise.all([getTranslations('places'), getFormatter()]);
  return (
    <section aria-labelledby="ward-title" className="space-y-4 rounded-xl border border-brand-100 bg-brand-50/40 p-4 sm:p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="ward-title" className="text-xl font-semibold text-stone-900">
          {t('ward.title', { number: ward.number })}
          {ward.name ? <span className="font-normal text-stone-600"> · {ward.name}</span> : null}
        </h2>
        <Link href="/admin/places" className="text-sm font-medium text-brand-800 hover:underline">
          ← {t('ward.back')}
        </Link>
      </div>
      <Card title={t('precincts.title', { number: ward.number })}>
        <SimpleTable
          rows={precincts}
          rowKey={(p) => p.id}
          empty={t('precincts.none')}
          columns={[
            {
              key: 'number',
              header: t('precincts.number'),
              cell: (p) => (
                <Link href={`/admin/places/precincts/${p.id}`} className="font-medium text-brand-800 hover:underline">
                  {ward.number}-{p.number}
                </Link>
              ),
            },
            { key: 'name', header: t('precincts.name'), cell: (p) => p.name ?? '—' },
            { key: 'captain', header: t('precincts.captain'), cell: (p) => p.captain?.name ?? <span className="text-stone-500">{t('precincts.noCaptain')}</span>, hideOnPhone: true },
            { key: 'team', header: t('precincts.team'), cell: (p) => p.team?.name ?? <span className="text-stone-500">{t('precincts.noTeam')}</span>, hideOnPhone: true },
            { key: 'people', header: t('precincts.people'), cell: (p) => format.number(p.people), className: 'text-right tabular-nums' },
          ]}
        />
      </Card>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t('precincts.add')}>
          <PrecinctAddForm wardId={ward.id} />
        </Card>
        <Card title={t('ward.edit')}>
          <WardForm key={ward.id} ward={ward} />
        </Card>
      </div>
      <ConfirmButton action={deleteWardAction} id={ward.id} label={t('ward.delete')} explanation={t('ward.deleteExplain')} confirmLabel={t('ward.deleteConfirm')} />
    </section>
  );
}
