import type { Metadata } from 'next';
import Link from 'next/link';
import { Fragment } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Button, buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Select } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { ScrollBox } from '@/components/ui/scroll-box';
import { can } from '@/lib/access/capabilities';
import { getResultsByPrecinct, listResultSets } from '@/lib/data/ward/election-results';
import { getPrecinctTable } from '@/lib/data/ward/precincts';
import { displayName } from '@/lib/format/person-name';
import { loadOr404, requirePage } from '@/lib/entry/page';
import { ZPrecinctParams, type TPrecinctSort } from '@/lib/validation/precincts';
import { STRENGTH_WEIGHTS } from '@/lib/ward/strength';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('precincts'))('title') };
}

const COUNTS = ['residents', 'members', 'leaders', 'circles', 'relationships', 'interactions'] as const;

export default async function PrecinctsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const actor = await requirePage('area.precincts');
  const { sort, dir, results } = ZPrecinctParams.parse(await searchParams);
  const [t, format, { rows: precincts, computedAt }, sets] = await Promise.all([getTranslations('precincts'), getFormatter(), loadOr404(getPrecinctTable(actor)), listResultSets(actor)]);
  const setId = results ?? sets[0]?.id;
  const election = setId ? await loadOr404(getResultsByPrecinct(actor, setId)) : null;

  const rows = precincts.map((p) => {
    const r = election?.byPrecinct.get(p.id);
    return { ...p, result: r ?? null, turnout: r && r.registered ? r.ballots / r.registered : null, reach: r && r.registered ? (p.residents / r.registered) * 100 : null };
  });
  const value = (r: (typeof rows)[number], s: TPrecinctSort): number => (s === 'precinct' ? r.ward * 10_000 + r.number : (r[s] ?? -1));
  rows.sort((a, b) => (value(a, sort) - value(b, sort)) * (dir === 'asc' ? 1 : -1) || a.ward - b.ward || a.number - b.number);

  const href = (s: TPrecinctSort) => {
    const next = s === sort ? (dir === 'asc' ? 'desc' : 'asc') : s === 'precinct' || s === 'strength' ? 'asc' : 'desc';
    return `/precincts?${new URLSearchParams({ sort: s, dir: next, ...(results ? { results } : {}) })}`;
  };
  const header = (s: TPrecinctSort, label: string, right = true) => (
    <th scope="col" aria-sort={s === sort ? (dir === 'asc' ? 'ascending' : 'descending') : undefined} className={`px-3 py-2.5 align-bottom font-semibold text-stone-600 ${right ? 'text-right' : 'text-left'}`}>
      <Link href={href(s)} className="hover:text-brand-800 hover:underline">
        {label}{s === sort ? (dir === 'asc' ? ' ▲' : ' ▼') : ''}
      </Link>
    </th>
  );
  const max = Math.max(1, ...rows.map((r) => r.strength));
  const pct = (n: number | null) => (n === null ? '—' : format.number(n, { style: 'percent', maximumFractionDigits: 0 }));
  const w = STRENGTH_WEIGHTS;

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={can(actor, 'scope.all') ? t('intro') : t('introScoped')}
        actions={can(actor, 'precincts.importResults') ? <Link href="/precincts/results" className={buttonClass('secondary', 'md')}>{t('importResults')}</Link> : null}
      />
      <Card className="mb-4">
        <h2 className="text-sm font-semibold tracking-wide text-stone-500 uppercase">{t('formulaTitle')}</h2>
        <p className="mt-1 font-mono text-sm text-stone-800" data-testid="formula">
          {t('formula', { people: w.people, members: w.members, leaders: w.leaders, circles: w.circles, relationships: w.relationships, interactions: w.interactions, captain: w.captain })}
        </p>
        <p className="mt-1 text-sm text-stone-600">{t('formulaExplain')}</p>
      </Card>
      {sets.length > 0 ? (
        <form className="mb-3 flex flex-wrap items-end gap-2 text-sm">
          <input type="hidden" name="sort" value={sort} />
          <input type="hidden" name="dir" value={dir} />
          <label>
            <span className="mb-1 block font-medium text-stone-800">{t('election')}</span>
            <Select inline name="results" defaultValue={setId}>
              {sets.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </Select>
          </label>
          <Button type="submit" variant="secondary" size="md">{t('show')}</Button>
        </form>
      ) : null}
      <ScrollBox label={t('caption')} className="rounded-xl border border-stone-200 bg-white shadow-xs">
        <table className="min-w-full divide-y divide-stone-200 text-sm">
          <caption className="sr-only">{t('caption')}</caption>
          <thead className="bg-stone-50">
            <tr>
              {header('precinct', t('precinct'), false)}
              {header('strength', t('strength'), false)}
              {COUNTS.map((c) => <Fragment key={c}>{header(c, t(c))}</Fragment>)}
              <th scope="col" className="px-3 py-2.5 text-left font-semibold text-stone-600">{t('captain')}</th>
              {election ? <>{header('turnout', t('turnout'))}{header('reach', t('reach'))}<th scope="col" className="px-3 py-2.5 text-left font-semibold text-stone-600">{t('votes')}</th></> : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {rows.map((p) => (
              <tr key={p.id} className="hover:bg-stone-50">
                <th scope="row" className="px-3 py-2 text-left font-medium whitespace-nowrap text-stone-900">
                  {p.ward}-{p.number}{p.name ? <span className="block text-xs font-normal text-stone-500">{p.name}</span> : null}
                </th>
                <td className="min-w-28 px-3 py-2">
                  <span className="flex items-center gap-2">
                    <span className="w-8 text-right font-semibold tabular-nums">{format.number(p.strength)}</span>
                    <span aria-hidden className="h-2.5 w-12 flex-1 rounded-full bg-stone-100"><span className={`block h-full rounded-full ${p.strength / max < 0.25 ? 'bg-crust-500' : 'bg-brand-600'}`} style={{ width: `${(p.strength / max) * 100}%` }} /></span>
                  </span>
                </td>
                {COUNTS.map((c) => <td key={c} className="px-3 py-2 text-right tabular-nums">{format.number(p[c])}</td>)}
                <td className="px-3 py-2 whitespace-nowrap">{p.captainName ? displayName(p.captainName) : p.captain ? t('captainHidden') : <span className="text-crust-700">{t('noCaptain')}</span>}</td>
                {election ? (
                  <>
                    <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">{p.result ? `${pct(p.turnout)}` : '—'}<span className="block text-xs text-stone-500">{p.result ? `${format.number(p.result.ballots)} / ${format.number(p.result.registered)}` : ''}</span></td>
                    <td className="px-3 py-2 text-right tabular-nums">{p.reach === null ? '—' : format.number(p.reach, { maximumFractionDigits: 1 })}</td>
                    <td className="px-3 py-2 text-xs whitespace-nowrap text-stone-700">
                      {p.result ? election.voteColumns.slice(0, 4).map((c, i) => <span key={c} className="block">{c}: {pct(p.result!.ballots ? (p.result!.votes[i] ?? 0) / p.result!.ballots : null)}</span>) : '—'}
                    </td>
                  </>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      {election ? <p className="mt-2 text-sm text-stone-600">{t('reachExplain', { name: election.name })}</p> : null}
      <p className="mt-2 text-xs text-stone-500">{t('asOf', { time: format.dateTime(computedAt, { hour: 'numeric', minute: '2-digit' }) })}</p>
    </>
  );
}
