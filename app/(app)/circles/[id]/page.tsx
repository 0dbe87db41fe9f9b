import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTimeZone, getTranslations } from 'next-intl/server';
import { RecentContactList } from '@/components/interaction/recent-contact-list';
import { LogInteraction } from '@/components/interactions/log-interaction-form';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { listCircleInteractions, type TCircleFullView, type TCircleMemberView } from '@/lib/data/circles';
import { AddMemberForm } from '../_components/add-member-form';
import { MemberActions } from '../_components/member-actions';
import { PrecinctBreakdown } from '../_components/precinct-breakdown';
import { loadCircle } from './load';

type TProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: (await loadCircle((await params).id)).circle.name };
}

export default async function CirclePage({ params }: TProps) {
  const { actor, circle } = await loadCircle((await params).id);
  if (circle.view === 'member') return <MemberView circle={circle} />;
  const [t, format, timeZone, interactions] = await Promise.all([
    getTranslations(),
    getFormatter(),
    getTimeZone(),
    listCircleInteractions(actor, circle.id),
  ]);
  const leaders = circle.members.filter((m) => m.role === 'LEADER');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());

  return (
    <>
      <BackLink label={t('circle.back')} />
      <PageHeader
        title={circle.name}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone="brand">{t(`circleKind.${circle.kind}`)}</Badge>
            <span>{t('circle.memberCount', { count: circle.members.length })}</span>
            <span aria-hidden>·</span>
            <span>{t('circle.leaderCount', { count: leaders.length })}</span>
          </span>
        }
        actions={
          <div className="flex flex-wrap items-center gap-2">
            {actor.role === 'ADMIN' ? (
              // A plain link: the route answers with the file; leadership only, audited.
              <a
                href={`/people/export/vcard?circle=${circle.id}`}
                download
                title={t('circle.vcardHint')}
                className="rounded-md px-4 py-2 text-sm font-medium whitespace-nowrap text-stone-700 ring-1 ring-stone-300 hover:bg-stone-100"
              >
                {t('circle.vcard')}
              </a>
            ) : null}
            {circle.canEdit ? (
              <Link href={`/circles/${circle.id}/edit`} className="rounded-md px-4 py-2 text-sm font-medium text-brand-800 ring-1 ring-brand-200 hover:bg-brand-50">
                {t('circle.edit')}
              </Link>
            ) : null}
          </div>
        }
      />
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
          <Card title={t('circle.members')} className="order-3">
            {circle.canManageMembers ? (
              <div className="mb-4 rounded-lg bg-stone-50 p-3 ring-1 ring-stone-200">
                <h3 className="mb-2 text-sm font-semibold text-stone-700">{t('circle.add.title')}</h3>
                <AddMemberForm circleId={circle.id} today={today} />
              </div>
            ) : null}
            <MemberList circle={circle} formatSince={(d) => format.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' })} />
          </Card>
        </div>
        <div className="order-2 flex flex-col gap-4 lg:order-none">
          <Card title={t('circle.precincts.title')}>
            <PrecinctBreakdown precincts={circle.precincts} />
          </Card>
          <Card title={t('recentContact.title')}>
            <div className="mb-4">
              <LogInteraction circle={{ id: circle.id, name: circle.name }} />
            </div>
            <RecentContactList interactions={interactions} />
          </Card>
        </div>
      </div>
    </>
  );
}

async function MemberList({ circle, formatSince }: { circle: TCircleFullView; formatSince: (d: Date) => string }) {
  const t = await getTranslations();
  if (circle.members.length === 0) return <p className="text-sm text-stone-500">{t('circle.noMembers')}</p>;
  return (
    <ul className="divide-y divide-stone-100" aria-label={t('circle.members')}>
      {circle.members.map((m) => (
        <li key={m.personId} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-2.5">
          <div className="min-w-0">
            <p className="flex flex-wrap items-center gap-2">
              <Link href={`/people/${m.personId}`} className="font-medium text-brand-800 hover:underline">
                {m.name}
              </Link>
              {m.role === 'LEADER' ? <Badge tone="warm">{t('circleRole.LEADER')}</Badge> : null}
            </p>
            <p className="text-xs text-stone-500">
              {t('circle.since', { date: formatSince(m.since) })}
              {m.precinct ? ` · ${t('circle.precincts.precinct', { precinct: m.precinct })}` : null}
            </p>
          </div>
          {circle.canManageMembers ? <MemberActions circleId={circle.id} personId={m.personId} name={m.name} role={m.role} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** A member of the circle sees its name, its kind and their own role: nothing about anyone else. */
async function MemberView({ circle }: { circle: TCircleMemberView }) {
  const t = await getTranslations();
  return (
    <>
      <BackLink label={t('circle.backMine')} />
      <PageHeader title={circle.name} />
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

function BackLink({ label }: { label: string }) {
  return (
    <Link href="/circles" className="mb-2 inline-block text-sm text-brand-800 hover:underline">
      ← {label}
    </Link>
  );
}
