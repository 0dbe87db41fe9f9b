import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { GroupHeader } from '@/components/groups/group-header';
import { RosterCard } from '@/components/groups/roster-card';
import { PhoneLogInteraction, RecentContactCard } from '@/components/interactions/recent-contact-list';
import { Badge } from '@/components/ui/badge';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { can } from '@/lib/access/capabilities';
import { orgClock } from '@/lib/data/admin/clock';
import { formatDay } from '@/lib/format/dates';
import { listCircleInteractions, listCircleMembers, type TCircleMemberView } from '@/lib/data/circles/read';
import { isCircleLeader } from '@/lib/validation/circle';
import { ZRosterParams } from '@/lib/validation/roster';
import { logInteractionActions } from '../../_actions/log-interaction';
import { AddMemberForm } from '../_components/add-member-form';
import { MemberActions } from '../_components/member-actions';
import { PrecinctBreakdown } from '../_components/precinct-breakdown';
import { loadCircle } from './load';

type TProps = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: (await loadCircle((await params).id)).circle.name };
}

export default async function CirclePage({ params, searchParams }: TProps) {
  const { actor, circle } = await loadCircle((await params).id);
  if (circle.view === 'member') return <MemberView circle={circle} />;
  const roster = ZRosterParams.parse(await searchParams);
  const [t, format, interactions, members, { today }] = await Promise.all([
    getTranslations(),
    getFormatter(),
    listCircleInteractions(actor, circle.id),
    listCircleMembers(actor, circle.id, roster),
    orgClock(),
  ]);
  const leaders = circle.leaders;

  return (
    <>
      <GroupHeader
        back={{ href: '/circles', label: t('circle.back') }}
        title={circle.name}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone="brand">{t(`circleKind.${circle.kind}`)}</Badge>
            <span>{t('circle.memberCount', { count: circle.memberCount })}</span>
            <span aria-hidden>·</span>
            <span>{t('circle.leaderCount', { count: leaders.length })}</span>
          </span>
        }
        edit={circle.canEdit ? { href: `/circles/${circle.id}/edit`, label: t('circle.edit') } : undefined}
        more={
          can(actor, 'people.export') ? (
            // A plain link: the route answers with the file; leadership only, audited.
            <a
              href={`/people/export/vcard?circle=${circle.id}`}
              download
              title={t('circle.vcardHint')}
              className={buttonClass('secondary', 'md', 'whitespace-nowrap')}
            >
              {t('circle.vcard')}
            </a>
          ) : null
        }
      />
      <PhoneLogInteraction about={{ circle: { id: circle.id, name: circle.name } }} actions={logInteractionActions} />
      {/* On a phone: about, then where and recent contact, then the (long) member list. */}
      <div className="flex flex-col gap-4 lg:grid lg:grid-cols-3 lg:items-start">
        <div className="contents lg:col-span-2 lg:flex lg:flex-col lg:gap-4">
          <Card title={t('circle.about')} className="order-1">
            {circle.description ? (
              <p className="text-sm whitespace-pre-wrap text-stone-800">{circle.description}</p>
            ) : (
              <p className="text-sm text-stone-500">{t('circle.noDescription')}</p>
            )}
            <h3 className="mt-4 text-sm font-semibold text-stone-700">{t('circle.leaders')}</h3>
            {leaders.length ? (
              <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {leaders.map((l) => (
                  <li key={l.personId}>
                    <Link href={`/people/${l.personId}`} className="text-brand-800 hover:underline">
                      {l.name}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-1 text-sm text-stone-500">{t('circle.noLeaders')}</p>
            )}
          </Card>
          <RosterCard
            title={t('circle.members')}
            className="order-3"
            add={circle.canManageMembers ? { title: t('circle.add.title'), form: <AddMemberForm circleId={circle.id} today={today} /> } : undefined}
            empty={t('circle.noMembers')}
            browse={{ path: `/circles/${circle.id}`, q: roster.q, ...members }}
            rows={members.rows.map((m) => ({
              personId: m.personId,
              name: m.name,
              badge: isCircleLeader(m.role) ? <Badge tone="warm">{t('circleRole.LEADER')}</Badge> : null,
              detail: (
                <>
                  {t('circle.since', { date: formatDay(format, m.since) })}
                  {m.precinct ? ` · ${t('circle.precincts.precinct', { precinct: m.precinct })}` : null}
                </>
              ),
              actions: circle.canManageMembers ? <MemberActions circleId={circle.id} personId={m.personId} name={m.name} role={m.role} /> : null,
            }))}
          />
        </div>
        <div className="order-2 flex flex-col gap-4 lg:order-none">
          <Card title={t('circle.precincts.title')}>
            <PrecinctBreakdown precincts={circle.precincts} />
          </Card>
          <RecentContactCard interactions={interactions} today={today} about={{ circle: { id: circle.id, name: circle.name } }} actions={logInteractionActions} />
        </div>
      </div>
    </>
  );
}

/** A member of the circle sees its name, its kind and their own role: nothing about anyone else. */
async function MemberView({ circle }: { circle: TCircleMemberView }) {
  const t = await getTranslations();
  return (
    <>
      <GroupHeader back={{ href: '/circles', label: t('circle.backMine') }} title={circle.name} />
      <Card className="max-w-xl">
        <dl className="grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
          <dt className="text-stone-500">{t('circles.kind')}</dt>
          <dd>
            <Badge tone="brand">{t(`circleKind.${circle.kind}`)}</Badge>
          </dd>
          <dt className="text-stone-500">{t('circle.yourRole')}</dt>
          <dd className="font-medium">{circle.myRole ? t(`circleRole.${circle.myRole}`) : '—'}</dd>
        </dl>
        <p className="mt-4 text-sm text-stone-500">{t('circle.memberNote')}</p>
      </Card>
    </>
  );
}

