import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import type { TDownlineRow, TProfileRecruitment } from '@/lib/data/profile/recruitment';
import { displayName } from '@/lib/format/person-name';
import { RecruiterForm } from './recruiter-form';

type TTree = TDownlineRow & { children: TTree[] };

/** The downline rows (breadth first, parents before children) as a tree. */
function toTree(rootId: string, rows: TDownlineRow[]): TTree[] {
  const byParent = new Map<string, TTree[]>();
  const nodes = rows.map((r) => ({ ...r, children: [] as TTree[] }));
  for (const n of nodes) byParent.set(n.recruitedById, [...(byParent.get(n.recruitedById) ?? []), n]);
  for (const n of nodes) n.children = byParent.get(n.id) ?? [];
  return byParent.get(rootId) ?? [];
}

async function Downline({ nodes }: { nodes: TTree[] }) {
  const t = await getTranslations();
  return (
    <ul className="space-y-1 border-l border-stone-200 pl-3">
      {nodes.map((n) => (
        <li key={n.id}>
          <span className="inline-flex flex-wrap items-center gap-2 text-sm">
            <Link href={`/people/${n.id}`} className="text-brand-800 hover:underline">
              {displayName(n)}
            </Link>
            <span className="text-xs text-stone-500">{t(`stage.${n.ladderStage}`)}</span>
          </span>
          {n.children.length ? <div className="mt-1"><Downline nodes={n.children} /></div> : null}
        </li>
      ))}
    </ul>
  );
}

/** Who recruited this person (up to the top of the chain), and everyone they brought in. */
export async function RecruitmentCard({ person, recruitment, canEdit }: {
  person: { id: string; version: number; givenName: string | null; familyName: string | null; preferredName: string | null };
  recruitment: TProfileRecruitment;
  canEdit: boolean;
}) {
  const t = await getTranslations();
  const { chain, downline, downlineTotal } = recruitment;
  const direct = downline.filter((d) => d.depth === 1).length;
  return (
    <Card title={t('profile.recruitment.title')}>
      <h3 className="text-sm font-medium text-stone-800">{t('profile.recruitment.recruitedBy')}</h3>
      {chain.length === 0 ? (
        <p className="mt-1 text-sm text-stone-500">{t('profile.recruitment.nobody')}</p>
      ) : (
        // From the top of the chain down to this person, each step indented under the one who recruited them.
        <ol className="mt-1 space-y-1 text-sm" aria-label={t('profile.recruitment.chain')}>
          {[...chain].reverse().map((c, i) => (
            <li key={c.id} className="flex flex-wrap items-center gap-2" style={{ paddingLeft: `${Math.min(i, 6) * 0.75}rem` }}>
              {i > 0 ? <span aria-hidden className="text-stone-400">↳</span> : null}
              <Link href={`/people/${c.id}`} className="text-brand-800 hover:underline">
                {displayName(c)}
              </Link>
              <span className="text-xs text-stone-500">{t(`stage.${c.ladderStage}`)}</span>
            </li>
          ))}
          <li className="flex items-center gap-2 font-medium text-stone-900" style={{ paddingLeft: `${Math.min(chain.length, 6) * 0.75}rem` }}>
            <span aria-hidden className="text-stone-400">↳</span>
            {displayName(person)}
          </li>
        </ol>
      )}
      {canEdit ? <RecruiterForm personId={person.id} version={person.version} hasRecruiter={chain.length > 0} /> : null}
      <h3 className="mt-4 text-sm font-medium text-stone-800">{t('profile.recruitment.downline', { name: displayName(person) })}</h3>
      {downlineTotal === 0 ? (
        <p className="mt-1 text-sm text-stone-500">{t('profile.recruitment.downlineEmpty')}</p>
      ) : (
        <>
          <p className="mt-1 mb-2 text-sm text-stone-600">{t('profile.recruitment.downlineCount', { total: downlineTotal, direct })}</p>
          <Downline nodes={toTree(person.id, downline)} />
          {downlineTotal > downline.length ? (
            <p className="mt-2 text-sm text-stone-500">{t('profile.recruitment.more', { count: downlineTotal - downline.length })}</p>
          ) : null}
        </>
      )}
    </Card>
  );
}
