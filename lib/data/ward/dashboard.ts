import type { TActor } from '@/lib/access/actor';
import { LADDER } from '@/lib/vocabulary/ladder';
import { orgClock } from '@/lib/data/admin/clock';
import { dateColumn } from '@/lib/format/dates';
import { db } from '@/lib/db/prisma';
import { listMobilizations } from '@/lib/data/mobilizations/mobilizations';
import { personScopeSql, personScope } from '@/lib/access/scopes/people';
import { SNAPSHOT_MAX_AGE_MS, snapshotKey, withSnapshot } from '@/lib/db/snapshots';
import { circleScope } from '@/lib/access/scopes/circles';
import { organizationScope } from '@/lib/access/scopes/organizations';
import { Prisma } from '@/lib/generated/prisma/client';
import type { LadderStage } from '@/lib/generated/prisma/enums';
import { cumulativeSeries, monthStarts, yearOnYearFactor } from '@/lib/ward/growth';
import { can } from '@/lib/access/capabilities';

// The home page's figures, each within the actor's scope. Members get the short version
// (getHomeSummary); leadership and coordinators the dashboard (getDashboard).

const DAY = 86_400_000;
export const MONTHS_SHOWN = 25; // this month and the two years before, so the year-on-year factor has a base
export const QUIET_DAYS = 60;
export const MOVES_DAYS = 90;

/** `now`: the moment of the request (tests hand one in); "due" is on the organization's day then. */
export async function getHomeSummary(actor: TActor, now = new Date()) {
  const today = dateColumn((await orgClock(now)).today);
  const [people, members, circles, organizations, followUpsDue] = await Promise.all([
    db.person.count({ where: personScope(actor) }),
    db.person.count({ where: { AND: [personScope(actor), { ladderStage: { in: ['MEMBER', 'LEADER'] } }] } }),
    db.circle.count({ where: circleScope(actor) }),
    db.organization.count({ where: organizationScope(actor) }),
    can(actor, 'interactions.log')
      ? db.interaction.count({ where: { loggedById: actor.userId, followUpDone: false, followUpOn: { lte: today } } })
      : Promise.resolve(0),
  ]);
  return { people, members, circles, organizations, followUpsDue };
}

/**
 * Members at the end of each month: people who are members or leaders now, by the month they
 * became members (member since). Plus the year-on-year factor.
 */
export async function getMembershipGrowth(actor: TActor, now = new Date()) {
  // This month is the organization's: at 7 p.m. in Chicago on the 30th, it is not yet next month.
  const months = monthStarts(dateColumn((await orgClock(now)).today), MONTHS_SHOWN);
  const rows = await db.$queryRaw<{ month: string | null; n: number }[]>(Prisma.sql`
    SELECT CASE WHEN p.member_since < ${months[0]!} THEN NULL ELSE to_char(p.member_since, 'YYYY-MM') END AS month, count(*)::int AS n
      FROM person p
     WHERE p.ladder_stage IN ('MEMBER', 'LEADER') AND p.member_since IS NOT NULL AND ${personScopeSql(actor, 'p', 'set')}
     GROUP BY 1`);
  const before = rows.find((r) => r.month === null)?.n ?? 0;
  const series = cumulativeSeries(months, new Map(rows.flatMap((r) => (r.month ? [[r.month, r.n] as const] : []))), before);
  return { series, factor: yearOnYearFactor(series) };
}

/** People by ladder stage, and how many moved up to each stage in the last 90 days. */
export async function getLadder(actor: TActor, now = new Date()) {
  const since = new Date(now.getTime() - MOVES_DAYS * DAY);
  const [stages, moves] = await Promise.all([
    db.$queryRaw<{ stage: LadderStage; n: number }[]>(Prisma.sql`
      SELECT p.ladder_stage AS stage, count(*)::int AS n FROM person p WHERE ${personScopeSql(actor, 'p', 'set')} GROUP BY 1`),
    // Enum order is the ladder's order, so "up" is a comparison.
    db.$queryRaw<{ stage: LadderStage; n: number }[]>(Prisma.sql`
      SELECT lc.to_stage AS stage, count(*)::int AS n
        FROM ladder_change lc JOIN person p ON p.id = lc.person_id
       WHERE lc.changed_at >= ${since} AND lc.from_stage IS NOT NULL AND lc.to_stage > lc.from_stage AND ${personScopeSql(actor, 'p', 'set')}
       GROUP BY 1`),
  ]);
  const get = (list: typeof stages, s: LadderStage) => list.find((r) => r.stage === s)?.n ?? 0;
  return LADDER.map((stage) => ({ stage, people: get(stages, stage), movedUp: get(moves, stage) }));
}

/** Allied organizations in scope with no logged contact in 60 days, the longest quiet first. */
export async function listQuietAllies(actor: TActor, now = new Date()) {
  const cutoff = new Date(now.getTime() - QUIET_DAYS * DAY);
  const orgs = await db.organization.findMany({
    where: { AND: [organizationScope(actor), { interactions: { none: { occurredAt: { gte: cutoff } } } }] },
    select: { id: true, name: true, closeness: true, interactions: { select: { occurredAt: true }, orderBy: { occurredAt: 'desc' }, take: 1 } },
  });
  return orgs
    .map((o) => ({ id: o.id, name: o.name, closeness: o.closeness, lastContactAt: o.interactions[0]?.occurredAt ?? null }))
    .sort((a, b) => (a.lastContactAt?.getTime() ?? 0) - (b.lastContactAt?.getTime() ?? 0));
}

/** Follow-ups due today or earlier: all of them for leadership, a coordinator's own otherwise. */
export async function listFollowUpsDue(actor: TActor, now = new Date(), take = 8) {
  const today = dateColumn((await orgClock(now)).today);
  const where: Prisma.InteractionWhereInput = {
    followUpDone: false,
    followUpOn: { lte: today },
    ...(can(actor, 'scope.all') ? {} : { loggedById: actor.userId }),
  };
  const [rows, total] = await Promise.all([
    db.interaction.findMany({
      where,
      select: {
        id: true, summary: true, followUpOn: true, kind: true,
        organization: { select: { id: true, name: true } },
        // Security: only the people the actor may see are named.
        people: { where: { person: personScope(actor) }, select: { person: { select: { id: true, givenName: true, familyName: true, preferredName: true } } }, take: 3 },
      },
      orderBy: [{ followUpOn: 'asc' }, { id: 'asc' }],
      take,
    }),
    db.interaction.count({ where }),
  ]);
  return { total, rows: rows.map((r) => ({ ...r, people: r.people.map((p) => p.person) })) };
}

async function curvesNow(actor: TActor, now: Date) {
  const [growth, ladder] = await Promise.all([getMembershipGrowth(actor, now), getLadder(actor, now)]);
  return { growth, ladder };
}
type TCurves = Awaited<ReturnType<typeof curvesNow>>;

async function assemble(actor: TActor, now: Date, curves: Promise<{ value: TCurves; computedAt: Date }>) {
  const [{ value: { growth, ladder }, computedAt }, upcoming, quiet, followUps] = await Promise.all([
    curves,
    listMobilizations(actor, { when: 'upcoming', take: 4 }),
    listQuietAllies(actor, now),
    listFollowUpsDue(actor, now),
  ]);
  return { growth, ladder, upcoming, quiet, followUps, computedAt };
}

/**
 * Everything on the dashboard, in parallel. The membership curve and the ladder come from a
 * snapshot at most two minutes old (they scan every person in scope); the rest is live.
 */
export function getDashboard(actor: TActor, now = new Date()) {
  return assemble(actor, now, withSnapshot(snapshotKey('dashboard:v1', actor), SNAPSHOT_MAX_AGE_MS, () => curvesNow(actor, now)));
}

/** The same, every figure computed now (the benchmark's cold path). */
export function computeDashboard(actor: TActor, now = new Date()) {
  return assemble(actor, now, curvesNow(actor, now).then((value) => ({ value, computedAt: now })));
}
export type TDashboard = Awaited<ReturnType<typeof getDashboard>>;
