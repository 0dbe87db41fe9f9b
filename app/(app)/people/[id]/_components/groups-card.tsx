import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { TProfileCircle, TProfileOrganization } from '@/lib/data/profile/core';
import { isCircleLeader } from '@/lib/validation/circle';
import { formatDay } from '@/lib/format/dates';

/** The circles and the allied organizations this person belongs to, among those the viewer may see. */
export async function GroupsCard({ circles, organizations, showOrganizations }: {
  circles: TProfileCircle[];
  organizations: TProfileOrganization[];
  showOrganizations: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <Card title={t('profile.groups.title')}>
      <h3 className="text-sm font-medium text-stone-800">{t('profile.groups.circles')}</h3>
      {circles.length === 0 ? (
        <p className="mt-1 text-sm text-stone-500">{t('profile.groups.noCircles')}</p>
      ) : (
        <ul className="mt-1 space-y-1.5 text-sm">
          {circles.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
              <Link href={`/circles/${c.id}`} className="font-medium text-brand-800 hover:underline">
                {c.name}
              </Link>
              {isCircleLeader(c.role) ? <Badge tone="brand">{t('circleRole.LEADER')}</Badge> : null}
              <span className="text-xs text-stone-500">
                {t(`circleKind.${c.kind}`)} · {t('profile.groups.since', { date: formatDay(format, c.since) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {showOrganizations ? (
        <>
          <h3 className="mt-4 text-sm font-medium text-stone-800">{t('profile.groups.organizations')}</h3>
          {organizations.length === 0 ? (
            <p className="mt-1 text-sm text-stone-500">{t('profile.groups.noOrganizations')}</p>
          ) : (
            <ul className="mt-1 space-y-1.5 text-sm">
              {organizations.map((o) => (
                <li key={o.id} className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
                  <Link href={`/organizations/${o.id}`} className="font-medium text-brand-800 hover:underline">
                    {o.name}
                  </Link>
                  {o.isPointPerson ? <Badge tone="warm">{t('profile.groups.pointPerson')}</Badge> : null}
                  <span className="text-xs text-stone-500">{[o.role, t(`orgKind.${o.kind}`)].filter(Boolean).join(' · ')}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </Card>
  );
}
