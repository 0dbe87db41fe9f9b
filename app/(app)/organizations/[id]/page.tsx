import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { GroupHeader } from '@/components/groups/group-header';
import { RosterCard } from '@/components/groups/roster-card';
import { PhoneLogInteraction, RecentContactCard } from '@/components/interactions/recent-contact-list';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { orgClock } from '@/lib/data/admin/clock';
import { getOrganization, listOrganizationInteractions, listOrganizationPeople, STALE_AFTER_DAYS } from '@/lib/data/organizations/read';
import { loadOr404, requireRecordPage } from '@/lib/entry/page';
import { ZRosterParams } from '@/lib/validation/roster';
import { logInteractionActions } from '../../_actions/log-interaction';
import { AddAffiliationForm } from '../_components/affiliation-add-form';
import { AffiliationActions } from '../_components/affiliation-actions';
import { CLOSENESS_TONE } from '../_components/closeness-tone';

type TProps = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The organization of the URL as the actor may see it (once per request). */
const load = cache(async (rawId: string) => {
  const { actor, id } = await requireRecordPage('area.organizations', rawId);
  return { actor, org: await loadOr404(getOrganization(actor, id)) };
});

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: (await load((await params).id)).org.name };
}

export default async function OrganizationPage({ params, searchParams }: TProps) {
  const { actor, org } = await load((await params).id);
  const roster = ZRosterParams.parse(await searchParams);
  const [t, format, interactions, people, { today }] = await Promise.all([
    getTranslations(),
    getFormatter(),
    listOrganizationInteractions(actor, org.id),
    listOrganizationPeople(actor, org.id, roster),
    orgClock(),
  ]);
  const owner = org.owner ? (org.owner.isMe ? t('organization.ownerYou', { name: org.owner.name }) : org.owner.name) : t('organization.noOwner');

  return (
    <>
      <GroupHeader
        back={{ href: '/organizations', label: t('organization.back') }}
        title={org.name}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={CLOSENESS_TONE[org.closeness]}>{t(`closeness.${org.closeness}`)}</Badge>
            <Badge>{t(`orgKind.${org.kind}`)}</Badge>
            <span>{t('organization.ownedBy', { name: owner })}</span>
          </span>
        }
        edit={org.canEdit ? { href: `/organizations/${org.id}/edit`, label: t('organization.edit') } : undefined}
      />
      {org.stale ? (
        <div role="note" className="mb-4 flex gap-3 rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-950">
          <span aria-hidden className="text-xl leading-none">⚠</span>
          <div>
            <p className="font-semibold">{org.daysSinceContact === null ? t('organization.neverTitle') : t('organization.staleTitle', { days: org.daysSinceContact })}</p>
            <p className="text-sm">
              {org.owner ? t('organization.staleBody', { days: STALE_AFTER_DAYS, owner }) : t('organization.staleBodyNoOwner', { days: STALE_AFTER_DAYS })}
            </p>
          </div>
        </div>
      ) : null}
      <PhoneLogInteraction about={{ organization: { id: org.id, name: org.name } }} actions={logInteractionActions} />
      {/* On a phone: where we stand, last contact, the people, then recent contact. */}
      <div className="flex flex-col gap-4 lg:grid lg:grid-cols-3 lg:items-start">
        <div className="contents lg:col-span-2 lg:flex lg:flex-col lg:gap-4">
          <Card title={t('organization.stance')} className="order-1">
            <Stance label={t('organization.agree')} text={org.agreementNotes} empty={t('organization.noNotes')} />
            <Stance label={t('organization.disagree')} text={org.disagreementNotes} empty={t('organization.noNotes')} />
            {org.notes ? <Stance label={t('organization.notes')} text={org.notes} empty="" /> : null}
          </Card>
          <RosterCard
            title={t('organization.people.title')}
            className="order-3"
            add={org.canEdit ? { title: t('organization.people.addTitle'), form: <AddAffiliationForm organizationId={org.id} /> } : undefined}
            empty={t('organization.people.empty')}
            browse={{ path: `/organizations/${org.id}`, q: roster.q, ...people }}
            rows={people.rows.map((p) => ({
              personId: p.personId,
              name: p.name,
              badge: p.isPointPerson ? <Badge tone="brand">{t('organization.people.pointPerson')}</Badge> : null,
              detail: (
                <>
                  {p.role ?? t('organization.people.noRole')}
                  {p.precinct ? ` · ${t('circle.precincts.precinct', { precinct: p.precinct })}` : null}
                </>
              ),
              actions: org.canEdit ? (
                <AffiliationActions organizationId={org.id} personId={p.personId} name={p.name} role={p.role} isPointPerson={p.isPointPerson} />
              ) : null,
            }))}
          >
            {org.otherPeople > 0 ? <p className="mt-3 text-sm text-stone-500">{t('organization.people.others', { count: org.otherPeople })}</p> : null}
          </RosterCard>
        </div>
        <div className="contents lg:flex lg:flex-col lg:gap-4">
          <Card title={t('organization.lastContact')} className="order-2">
            {org.lastContactAt ? (
              <p className="text-sm">
                <span className="font-medium">{format.dateTime(org.lastContactAt, { dateStyle: 'long' })}</span>{' '}
                <span className="text-stone-500">({format.relativeTime(org.lastContactAt)})</span>
              </p>
            ) : (
              <p className="text-sm text-stone-600">{t('organization.neverShort')}</p>
            )}
            <p className="mt-2 text-xs text-stone-500">{t('organization.lastContactHelp')}</p>
          </Card>
          <RecentContactCard interactions={interactions} today={today} about={{ organization: { id: org.id, name: org.name } }} actions={logInteractionActions} className="order-4" />
        </div>
      </div>
    </>
  );
}

function Stance({ label, text, empty }: { label: string; text: string | null; empty: string }) {
  return (
    <div className="mb-3 last:mb-0">
      <h3 className="text-sm font-semibold text-stone-700">{label}</h3>
      {text ? <p className="text-sm whitespace-pre-wrap text-stone-800">{text}</p> : <p className="text-sm text-stone-500">{empty}</p>}
    </div>
  );
}

