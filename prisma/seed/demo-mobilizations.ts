import type { Prisma } from '../../lib/generated/prisma/client';
import type { CommitmentStatus, Role } from '../../lib/generated/prisma/enums';
import { dayOfColumn, DEFAULT_TIME_ZONE, wallTimeToUtc } from '../../lib/format/dates';
import { addDays, dayBefore } from '../../tests/factories/dates';
import type { TRandom, TWeighted } from '../../tests/factories/random';
import type { TCircleKey } from './demo-catalog';
import type { TSeedOrganization } from './demo-allies';
import type { TCircles } from './demo-circles';
import type { TCast, TSeedPerson } from './demo-people';

// The demo's mobilizations: a bus to the capitol being filled circle by circle right now, a
// rally a month out, and two past actions with their turnout. The member demo login is asked
// to the bus, so their home shows something to answer.

type TSource = { circle: TCircleKey } | { org: TSeedOrganization['key'] } | 'open';
type TSpec = {
  name: string; kind: Prisma.MobilizationCreateManyInput['kind']; days: number; hour: number; place: string; description: string;
  goal: number; unit: 'SEATS' | 'PEOPLE'; quotas: [TSource, number][]; ask: number; statuses: TWeighted<CommitmentStatus>;
};

const UPCOMING: TWeighted<CommitmentStatus> = [['ASKED', 30], ['COMMITTED', 30], ['CONFIRMED', 32], ['DECLINED', 8]];
const PAST: TWeighted<CommitmentStatus> = [['ATTENDED', 62], ['NO_SHOW', 14], ['DECLINED', 14], ['ASKED', 10]];

const SPECS: TSpec[] = [
  { name: 'Bus to the capitol: school funding lobby day', kind: 'BUS_TRIP', days: -12, hour: 6, place: 'San Lázaro parish hall, 2400 S Tamarindo Ave',
    description: 'One bus of 40 to testify for full funding of neighbourhood schools. Breakfast on the bus; back by 8 pm.',
    goal: 40, unit: 'SEATS', quotas: [[{ circle: 'club' }, 12], [{ org: 'tenants' }, 8], [{ circle: 'ipo' }, 10], ['open', 10]], ask: 46, statuses: UPCOMING },
  { name: 'Rally for the tenant ordinance', kind: 'RALLY', days: -30, hour: 17, place: 'Plaza Tamarindo',
    description: 'City council votes the following week. Signs and chants in Spanish and English.',
    goal: 150, unit: 'PEOPLE', quotas: [[{ org: 'tenants' }, 40], [{ circle: 'faith' }, 30], [{ circle: 'youth' }, 20], [{ circle: 'club2' }, 20], ['open', 40]], ask: 60, statuses: [['ASKED', 70], ['COMMITTED', 22], ['DECLINED', 8]] },
  { name: 'Canvass for the school referendum', kind: 'CANVASS', days: 45, hour: 10, place: 'Precinct 7 field office',
    description: 'Doors in precincts 5 to 9, in pairs, with a Spanish speaker in every pair.',
    goal: 30, unit: 'PEOPLE', quotas: [[{ circle: 'lsc' }, 10], [{ circle: 'ipo' }, 12], ['open', 8]], ask: 38, statuses: PAST },
  { name: 'Know your rights as a tenant', kind: 'EDUCATION_SESSION', days: 100, hour: 18, place: 'Tamarindo Park fieldhouse',
    description: 'With the tenants union: leases, repairs, and what to do about an eviction notice.',
    goal: 50, unit: 'PEOPLE', quotas: [[{ org: 'tenants' }, 25], [{ circle: 'informal' }, 10], ['open', 15]], ask: 55, statuses: PAST },
];

type TInput = { circles: TCircles; organizations: TSeedOrganization[]; cast: TCast; userIds: Record<Role, string>; now: Date };

export function planMobilizations(rng: TRandom, { circles, organizations, cast, userIds, now }: TInput) {
  const mobilizations: Prisma.MobilizationCreateManyInput[] = [];
  const quotas: Prisma.QuotaCreateManyInput[] = [];
  const commitments: Prisma.CommitmentCreateManyInput[] = [];
  const leaderOf = new Map<string, string>();
  for (const c of circles.circles) leaderOf.set(c.row.id, (c.members.find((m) => m.stage === 'LEADER') ?? cast.ADMIN).row.id);

  for (const spec of SPECS) {
    const id = rng.uuid();
    // Negative days are in the future: dayBefore counts back from today.
    const day = dayOfColumn(dayBefore(now, spec.days));
    // The demo's clock is the settings' default zone: a fresh database has it.
    const startsAt = wallTimeToUtc(`${day}T${String(spec.hour).padStart(2, '0')}:00`, DEFAULT_TIME_ZONE)!;
    const createdAt = spec.days < 0 ? dayBefore(now, 20) : addDays(startsAt, -30);
    mobilizations.push({ id, name: spec.name, kind: spec.kind, startsAt, place: spec.place, description: spec.description, goal: spec.goal, goalUnit: spec.unit, createdById: userIds.ADMIN, createdAt, updatedAt: createdAt });
    const asked = new Set<string>();
    const perQuota = Math.ceil(spec.ask / spec.quotas.length);
    for (const [source, target] of spec.quotas) {
      const quotaId = rng.uuid();
      let pool: TSeedPerson[];
      let circleId: string | null = null;
      let organizationId: string | null = null;
      if (source === 'open') pool = circles.circles.flatMap((c) => c.members);
      else if ('circle' in source) {
        const c = circles.byKey.get(source.circle)!;
        circleId = c.row.id;
        pool = c.members;
      } else {
        const o = organizations.find((x) => x.key === source.org)!;
        organizationId = o.row.id;
        pool = o.members;
      }
      quotas.push({ id: quotaId, mobilizationId: id, circleId, organizationId, target });
      const want = Math.min(pool.length, Math.round(perQuota * (0.8 + rng.next() * 0.5)));
      // A person in two circles is in the open pool twice: ask each person once.
      const unasked = [...new Map(pool.filter((x) => !asked.has(x.row.id)).map((x) => [x.row.id, x])).values()];
      for (const p of rng.sample(unasked, want)) {
        asked.add(p.row.id);
        const status = rng.weighted(spec.statuses);
        const askedById = circleId ? (leaderOf.get(circleId) ?? cast.ADMIN.row.id) : p.row.recruitedById ?? cast.ADMIN.row.id;
        commitments.push({
          mobilizationId: id, personId: p.row.id, quotaId, askedById: askedById === p.row.id ? cast.ADMIN.row.id : askedById, status,
          needInterpretation: p.row.preferredLanguage === 'es' && rng.chance(0.2),
          needChildcare: rng.chance(0.12),
          needAccessibility: rng.chance(0.05),
          needSeatNearDoor: rng.chance(0.05),
          answeredAt: status === 'ASKED' ? null : addDays(createdAt, rng.int(1, 10)),
          checkedInAt: status === 'ATTENDED' ? startsAt : null,
          createdAt,
          updatedAt: createdAt,
        });
      }
    }
    // The member login is asked to the bus (and has not answered yet).
    if (spec.kind === 'BUS_TRIP' && !asked.has(cast.MEMBER.row.id)) {
      commitments.push({ mobilizationId: id, personId: cast.MEMBER.row.id, quotaId: quotas.find((q) => q.mobilizationId === id && !q.circleId && !q.organizationId)?.id, askedById: cast.ADMIN.row.id, status: 'ASKED', createdAt, updatedAt: createdAt });
    }
  }
  return { mobilizations, quotas, commitments };
}
