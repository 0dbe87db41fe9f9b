import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { z } from 'zod';
import { NetworkPicture } from '@/components/network/network-picture';
import { PersonDetails, personTitle } from '@/components/person/person-details';
import { BackLink } from '@/components/ui/back-link';
import { Badge } from '@/components/ui/badge';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/access/capabilities';
import { orgClock } from '@/lib/data/admin/clock';
import { recordProfileView } from '@/lib/data/admin/audit-log';
import { getPersonProfile, TIMELINE_MAX, TIMELINE_PAGE } from '@/lib/data/profile/profile';
import { displayName } from '@/lib/format/person-name';
import { loadOr404, requireRecordPage } from '@/lib/entry/page';
import { GroupsCard } from './_components/groups-card';
import { InteractionsCard } from './_components/interactions-card';
import { LadderCard } from './_components/ladder-card';
import { RecruitmentCard } from './_components/recruitment-card';
import { RelationshipsCard } from './_components/relationships-card';

type TProps = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// ?shown=N: how many timeline entries to show ("show more" raises it); a bad value falls back.
const ZShown = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.coerce.number().int().min(1).max(TIMELINE_MAX).catch(TIMELINE_PAGE)).default(TIMELINE_PAGE);

// One load per request, shared by generateMetadata and the page.
const load = cache(async (rawId: string, shown: number) => {
  const { actor, id } = await requireRecordPage('area.people', rawId);
  const profile = await loadOr404(getPersonProfile(actor, id, { timelineLimit: shown }));
  // Who opened whose profile is in the audit log (README: every change, view and export).
  await recordProfileView(actor, id);
  return { actor, profile };
});

export async function generateMetadata({ params, searchParams }: TProps): Promise<Metadata> {
  const { profile } = await load((await params).id, ZShown.parse((await searchParams).shown));
  return { title: personTitle(profile.person) };
}

const secondary = buttonClass('secondary', 'sm', 'whitespace-nowrap');

export default async function PersonPage({ params, searchParams }: TProps) {
  const shown = ZShown.parse((await searchParams).shown);
  const [{ actor, profile }, t] = await Promise.all([load((await params).id, shown), getTranslations()]);
  const { person, ties, recruitment, network, timeline } = profile;
  const subtitle = [
    person.precinct ? `${t('people.precinct')}: ${person.precinct.ward.number}-${person.precinct.number}` : null,
    t(`stage.${person.ladderStage}`),
  ].filter(Boolean).join(' · ');
  return (
    <>
      <BackLink href="/people" label={t('person.back')} />
      <PageHeader
        title={personTitle(person)}
        subtitle={subtitle}
        actions={
          <div className="flex items-center gap-2">
            {person.doNotContact ? <Badge tone="danger">{t('person.doNotContact')}</Badge> : null}
            {can(actor, 'people.export') ? (
              <a href={`/people/export/vcard?person=${person.id}`} download title={t('person.vcardHint')} className={secondary}>
                {t('person.vcard')}
              </a>
            ) : null}
            <Link href={`/people/${person.id}/edit`} className={secondary}>
              {t('personForm.edit')}
            </Link>
          </div>
        }
      />
      <PersonDetails person={person} />
      <div className="mt-4 grid gap-4 lg:grid-cols-[minmax(0,1fr)_22rem] xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="min-w-0 space-y-4">
          {timeline ? (
            <InteractionsCard
              person={{ id: person.id, name: displayName(person) }}
              timeline={timeline}
              today={(await orgClock()).today}
              shown={shown}
            />
          ) : null}
          <RelationshipsCard personId={person.id} relationships={ties.relationships} />
        </div>
        <div className="min-w-0 space-y-4">
          <Card title={t('profile.network.title')}>
            <NetworkPicture center={person} data={network} />
          </Card>
          <RecruitmentCard person={person} recruitment={recruitment} canEdit={profile.can.editRecruitment} />
          <LadderCard steps={ties.ladder} />
          <GroupsCard circles={ties.circles} organizations={ties.organizations} showOrganizations={can(actor, 'area.organizations')} />
        </div>
      </div>
    </>
  );
}
