import { Prisma } from '@/lib/generated/prisma/client';
import type { LadderStage } from '@/lib/generated/prisma/enums';
import { addDays, startOfDay, type TDay } from '@/lib/format/dates';

// The people table's filters in SQL (see list-sql.ts for how a page is read with them). Every
// value goes in as a bound parameter.

export type TPeopleFilters = {
  q?: string;
  wardId?: string;
  precinctId?: string;
  circleId?: string;
  organizationId?: string;
  tagId?: string;
  stage?: LadderStage;
  /** The preferred language. */
  language?: string;
  /** A language spoken: preferred, or among the languages spoken. */
  speaks?: string;
  voter?: 'YES' | 'NO' | 'UNKNOWN';
  followUpDue?: boolean;
  /** Not contacted (no logged contact, no check-in) in this many days, or never. */
  quiet?: number | 'never';
  /** The organization's day and zone, which "follow-up due" and "not contacted in" are counted on: set by the data layer, never by the URL. */
  today?: TDay;
  timeZone?: string;
};

/** Never contacted sorts and filters as the longest ago (the expression of the sort's index). */
export const LAST_CONTACTED = Prisma.sql`COALESCE(p.last_contacted_at, '-infinity'::timestamptz)`;

/** The start of the organization's day `days` days before its today: "not contacted in 60 days" means not since then. */
export function quietSince(days: number, today: TDay, timeZone: string): Date {
  return startOfDay(addDays(today, -days), timeZone);
}

/** Filters that are columns of the person row: cheap to check while walking an index. */
export function columnFilters(f: TPeopleFilters): Prisma.Sql[] {
  const out: Prisma.Sql[] = [];
  if (f.wardId) out.push(Prisma.sql`p.ward_id = ${f.wardId}::uuid`);
  if (f.precinctId) out.push(Prisma.sql`p.precinct_id = ${f.precinctId}::uuid`);
  if (f.stage) out.push(Prisma.sql`p.ladder_stage = ${f.stage}::"LadderStage"`);
  if (f.language) out.push(Prisma.sql`p.preferred_language = ${f.language}`);
  if (f.speaks) out.push(Prisma.sql`(p.preferred_language = ${f.speaks} OR p.languages @> ARRAY[${f.speaks}]::text[])`);
  if (f.voter) out.push(Prisma.sql`p.registered_voter = ${f.voter}::"VoterStatus"`);
  if (f.quiet === 'never') out.push(Prisma.sql`p.last_contacted_at IS NULL`);
  else if (f.quiet) {
    if (!f.today || !f.timeZone) throw new Error('The last-contacted filter needs the organization’s day.');
    out.push(Prisma.sql`${LAST_CONTACTED} < ${quietSince(f.quiet, f.today, f.timeZone)}::timestamptz`);
  }
  return out;
}

/** Filters through another table, each as the list of the people it admits. The caller has already dropped circles and organizations out of the actor's scope. */
export function relationIdSets(f: TPeopleFilters): Prisma.Sql[] {
  const out: Prisma.Sql[] = [];
  if (f.circleId) out.push(Prisma.sql`SELECT cm.person_id FROM circle_membership cm WHERE cm.circle_id = ${f.circleId}::uuid`);
  if (f.organizationId) out.push(Prisma.sql`SELECT af.person_id FROM affiliation af WHERE af.organization_id = ${f.organizationId}::uuid`);
  if (f.tagId) out.push(Prisma.sql`SELECT pt.person_id FROM person_tag pt WHERE pt.tag_id = ${f.tagId}::uuid`);
  if (f.followUpDue) {
    // An open follow-up dated today or earlier, on an interaction this person took part in. Today
    // is the organization's (as on My follow-ups), not the database server's CURRENT_DATE.
    if (!f.today) throw new Error('The follow-up filter needs the organization’s day.');
    out.push(Prisma.sql`SELECT ip.person_id FROM interaction i JOIN interaction_person ip ON ip.interaction_id = i.id
                        WHERE NOT i.follow_up_done AND i.follow_up_on <= ${f.today}::date`);
  }
  return out;
}

export const relationFilters = (f: TPeopleFilters) => relationIdSets(f).map((set) => Prisma.sql`p.id IN (${set})`);

export const and = (conds: Prisma.Sql[]) => (conds.length ? Prisma.join(conds, ' AND ') : Prisma.sql`TRUE`);
