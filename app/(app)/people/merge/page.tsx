import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Button, buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Input } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { formatDay } from '@/lib/format/dates';
import { getMergeCandidates } from '@/lib/data/people/merge';
import { getPerson } from '@/lib/data/people/list';
import { searchPeople } from '@/lib/data/people/search';
import { displayName } from '@/lib/format/person-name';
import { formatPhone } from '@/lib/format/phone';
import { loadOr404, requirePage } from '@/lib/entry/page';
import { MERGE_FIELDS, ZMergeParams } from '@/lib/validation/merge';
import { MergeForm, type TMergeRow } from './_components/merge-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('merge'))('title') };
}

export default async function MergePage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const actor = await requirePage('people.merge');
  const { a, b, q } = ZMergeParams.parse(await searchParams);
  if (!a) notFound();
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);

  if (!b) {
    const first = await loadOr404(getPerson(actor, a));
    const matches = q ? (await searchPeople(actor, q, 20)).filter((r) => r.id !== a) : [];
    return (
      <>
        <PageHeader title={t('merge.title')} subtitle={t('merge.pickSubtitle', { name: displayName(first) })} />
        <form className="mb-4 flex gap-2" action="/people/merge">
          <input type="hidden" name="a" value={a} />
          <label htmlFor="merge-q" className="sr-only">{t('people.search')}</label>
          <Input className="max-w-md" id="merge-q" name="q" type="search" defaultValue={q ?? displayName(first)} />
          <Button type="submit">{t('people.search')}</Button>
        </form>
        <Card>
          {matches.length ? (
            <ul className="divide-y divide-stone-100">
              {matches.map((m) => (
                <li key={m.id} className="flex items-center justify-between gap-3 py-2">
                  <span>{m.name}{m.place ? ` · ${m.place}` : ''}</span>
                  <Link href={`/people/merge?a=${a}&b=${m.id}`} className={buttonClass('secondary', 'sm')}>{t('merge.compare')}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-stone-600">{q ? t('people.empty') : t('merge.searchHint')}</p>
          )}
        </Card>
      </>
    );
  }

  const { a: keep, b: drop } = await loadOr404(getMergeCandidates(actor, a, b));
  const show = (p: typeof keep, f: (typeof MERGE_FIELDS)[number]): string => {
    if (f === 'precinctId') return p.precinct ? `${p.precinct.ward.number}-${p.precinct.number}` : '';
    const v = p[f];
    if (v instanceof Date) return formatDay(format, v);
    if (typeof v === 'boolean') return v ? t('merge.yes') : t('merge.no');
    if (f === 'ladderStage') return t(`stage.${v as string}`);
    if (f === 'registeredVoter') return t(`voter.${v as string}`);
    return (v as string | null) ?? '';
  };
  const rows: TMergeRow[] = MERGE_FIELDS.map((f) => ({ field: f, label: t(`personForm.field.${f}`), keep: show(keep, f), drop: show(drop, f) }));
  rows.push(
    { field: 'phones', label: t('personForm.field.phones'), keep: keep.phones.map((p) => formatPhone(p.e164)).join(', '), drop: drop.phones.map((p) => formatPhone(p.e164)).join(', ') },
    { field: 'emails', label: t('personForm.field.emails'), keep: keep.emails.map((e) => e.email).join(', '), drop: drop.emails.map((e) => e.email).join(', ') },
  );
  const c = (p: typeof keep) => p._count;
  const counts = [
    { label: t('merge.circles'), keep: c(keep).memberships, drop: c(drop).memberships },
    { label: t('merge.organizations'), keep: c(keep).affiliations, drop: c(drop).affiliations },
    { label: t('merge.relationships'), keep: c(keep).relationsA + c(keep).relationsB, drop: c(drop).relationsA + c(drop).relationsB },
    { label: t('merge.interactions'), keep: c(keep).interactions, drop: c(drop).interactions },
    { label: t('merge.recruits'), keep: c(keep).recruits, drop: c(drop).recruits },
  ];
  return (
    <>
      <PageHeader title={t('merge.title')} subtitle={t('merge.subtitle')} />
      <MergeForm
        keep={{ id: keep.id, version: keep.version, name: displayName(keep) }}
        drop={{ id: drop.id, version: drop.version, name: displayName(drop) }}
        rows={rows}
        counts={counts}
      />
    </>
  );
}
