import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getOrganizationSettings, updateOrganizationSettings } from '@/lib/data/admin/organization';
import { listMyFollowUps } from '@/lib/data/interactions/follow-ups';
import { listPeople } from '@/lib/data/people/list';
import { getHomeSummary, listFollowUpsDue } from '@/lib/data/ward/dashboard';
import { displayName } from '@/lib/format/person-name';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

// "Today" has one meaning: the organization's, in the zone its leadership sets. The three views
// that say what is due (My follow-ups, the dashboard, the people table's "follow-up due" filter)
// are asked at 23:30 and at 00:30 on the organization's clock, with the moment handed in, so the
// machine's clock and zone play no part; late in the evening UTC is already on the next day.

const prisma = testClient();
let org: TSmallOrg;

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
  const { ana, dora } = org.people; // both in the coordinator's circle
  const followUp = (personId: string, on: string) =>
    prisma.interaction.create({
      data: { occurredAt: new Date('2027-01-02T15:00:00Z'), kind: 'CALL', summary: `Call back on ${on}`, loggedById: org.users.coordinator.id, followUpOn: new Date(`${on}T00:00:00Z`), people: { create: [{ personId }] } },
    });
  await followUp(dora.id, '2027-01-14');
  await followUp(ana.id, '2027-01-15');
});
afterAll(() => prisma.$disconnect());

async function setZone(timeZone: string) {
  const current = await getOrganizationSettings(org.actors.admin);
  await updateOrganizationSettings(org.actors.admin, { ...current, timeZone });
}

/** What each view says is due at `now`: counts, and who. */
async function dueEverywhere(now: Date) {
  const actor = org.actors.coordinator;
  const [followUps, home, dashboard, table] = await Promise.all([
    listMyFollowUps(actor, { view: 'open', now }),
    getHomeSummary(actor, now),
    listFollowUpsDue(actor, now),
    listPeople(actor, { pageSize: 50, followUpDue: true }, now),
  ]);
  return {
    today: followUps.today,
    followUpsPage: followUps.counts.overdue + followUps.counts.dueToday,
    dashboardCount: home.followUpsDue,
    dashboardList: dashboard.total,
    peopleTable: table.total,
    who: table.rows.map(displayName).sort(),
  };
}

const ZONES = [
  // Winter: Chicago is UTC-6, Los Angeles UTC-8. 23:30 on the 14th is already the 15th in UTC.
  { timeZone: 'America/Chicago', evening: '2027-01-15T05:30:00Z', midnight: '2027-01-15T06:30:00Z' },
  { timeZone: 'America/Los_Angeles', evening: '2027-01-15T07:30:00Z', midnight: '2027-01-15T08:30:00Z' },
];

describe("the organization's clock", () => {
  it.each(ZONES)('in $timeZone, the follow-ups page, the dashboard and the people table agree at 23:30 and at 00:30', async ({ timeZone, evening, midnight }) => {
    await setZone(timeZone);

    // 23:30 on the 14th: only the follow-up dated the 14th is due.
    expect(await dueEverywhere(new Date(evening))).toEqual({
      today: '2027-01-14', followUpsPage: 1, dashboardCount: 1, dashboardList: 1, peopleTable: 1, who: ['Dora Quispe'],
    });
    // 00:30 on the 15th: both are.
    expect(await dueEverywhere(new Date(midnight))).toEqual({
      today: '2027-01-15', followUpsPage: 2, dashboardCount: 2, dashboardList: 2, peopleTable: 2, who: ['Ana Núñez', 'Dora Quispe'],
    });
  });

  it('in a zone west of Chicago, Chicago’s midnight is still the evening before', async () => {
    await setZone('America/Los_Angeles');
    // 00:30 in Chicago, 22:30 in Los Angeles: the 14th.
    expect((await dueEverywhere(new Date('2027-01-15T06:30:00Z'))).who).toEqual(['Dora Quispe']);
  });

  it('is a real IANA zone, set by leadership only', async () => {
    const current = await getOrganizationSettings(org.actors.admin);
    await expect(updateOrganizationSettings(org.actors.admin, { ...current, timeZone: 'Mars/Olympus_Mons' })).rejects.toMatchObject({ code: 'INVALID' });
    for (const actor of [org.actors.coordinator, org.actors.member]) {
      await expect(getOrganizationSettings(actor)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(updateOrganizationSettings(actor, { ...current, timeZone: 'UTC' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    expect((await getOrganizationSettings(org.actors.admin)).timeZone).toBe(current.timeZone);
  });
});
