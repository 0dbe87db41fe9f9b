import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { TProfileRelationship } from '@/lib/data/profile/core';
import { displayName } from '@/lib/format/person-name';
import { AddRelationship } from './add-relationship';
import { EditRelationship } from './edit-relationship';
import { Strength } from './strength';

/** Who this person knows, among the people the viewer may see; add, edit, remove. */
export async function RelationshipsCard({ personId, relationships }: { personId: string; relationships: TProfileRelationship[] }) {
  const t = await getTranslations('profile');
  return (
    <Card title={`${t('relationships.title')} (${relationships.length})`}>
      {relationships.length === 0 ? <p className="mb-3 text-sm text-stone-500">{t('relationships.empty')}</p> : null}
      <ul className="mb-3 divide-y divide-stone-100">
        {relationships.map((r) => (
          <li key={r.id} className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1 py-2">
            <div className="min-w-0">
              <Link href={`/people/${r.other.id}`} className="font-medium text-brand-800 hover:underline">
                {displayName(r.other)}
              </Link>
              <div className="mt-0.5 flex flex-wrap items-center gap-2">
                <Badge>{t(`relationshipKind.${r.kind}`)}</Badge>
                <Strength value={r.strength} />
              </div>
              {r.note ? <p className="mt-1 text-sm break-words text-stone-600">{r.note}</p> : null}
            </div>
            <EditRelationship tie={{ id: r.id, kind: r.kind, strength: r.strength, note: r.note, otherName: displayName(r.other) }} />
          </li>
        ))}
      </ul>
      <AddRelationship personId={personId} exclude={relationships.map((r) => r.other.id)} />
    </Card>
  );
}
