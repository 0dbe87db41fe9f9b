import type { TActor } from '@/lib/access/actor';
import { orgClock } from '@/lib/data/admin/clock';
import { db } from '@/lib/db/prisma';
import {
  castKey, GATHER_MAX, noPrecinctKey, peopleCountSql, peopleListSql, peopleViewCountSql, peopleViewIdsSql, sortKey, type TDir, type TPageQuery, type TViewQuery,
} from '@/lib/data/people/list-sql';
import type { TPeopleFilters } from '@/lib/data/people/list-filters';
import { can } from '@/lib/access/capabilities';
import { personScope, personScopeIdsSql, personScopeSql, permittedFilters } from '@/lib/access/scopes/people';
import { personMatchesSql, searchTerms } from '@/lib/data/people/search';
import { notFoundError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { LadderStage, VoterStatus } from '@/lib/generated/prisma/enums';
import type { TPeopleCursor, TPeopleSortBy } from '@/lib/validation/search-params';
import { precinctLabelSelect } from '@/lib/format/precinct';

export type { TPeopleFilters } from '@/lib/data/people/list-filters';

/** Counts stop here: a page says "10,000+" rather than counting every row of a large organization. */
export const PEOPLE_COUNT_CAP = 10_000;

/** What the people table shows, as its URL says: filters, search and sort (see peopleViewOf). */
export type TPeopleView = TPeopleFilters & { sort?: TPeopleSortBy; dir?: TDir };

export type TListPeopleInput = TPeopleView & {
  pageSize: number;
  /** The page after this row, or before it, or the last page; otherwise the first. */
  after?: TPeopleCursor;
  before?: TPeopleCursor;
  last?: boolean;
  /** Forces how the page is read (tests check that both give the same pages); normally the count decides. */
  strategy?: 'walk' | 'gather';
};

export type TPeopleListRow = {
  id: string;
  givenName: string | null;
  familyName: string | null;
  preferredName: string | null;
  preferredLanguage: string;
  ladderStage: LadderStage;
  registeredVoter: VoterStatus;
  doNotContact: boolean;
  memberSince: Date | null;
  updatedAt: Date;
  /** The newest logged contact or check-in; null: never contacted. */
  lastContactedAt: Date | null;
  precinct: { number: number; ward: number } | null;
};

export type TPeopleList = {
  rows: TPeopleListRow[];
  /** How many people match, up to PEOPLE_COUNT_CAP; `totalCapped` when there are more. */
  total: number;
  totalCapped: boolean;
  /** Cursors for the neighbouring pages, when there are any. */
  next: TPeopleCursor | null;
  previous: TPeopleCursor | null;
};

type TRawRow = {
  total: number;
  id: string | null;
  given_name: string | null;
  family_name: string | null;
  preferred_name: string | null;
  preferred_language: string;
  ladder_stage: LadderStage;
  registered_voter: VoterStatus;
  do_not_contact: boolean;
  member_since: Date | null;
  updated_at: Date;
  last_contacted_at: Date | null;
  precinct_number: number | null;
  ward_number: number | null;
  sort_key: string[];
};

/**
 * The view in SQL for this actor: the one place the table's pages and the CSV export get their
 * rows from. "Follow-up due" and "not contacted in" are counted on the organization's day at `now`.
 */
async function viewQuery(actor: TActor, view: TPeopleView, now: Date): Promise<TViewQuery> {
  // Security: last contacted comes from interactions, so one who may not read them may not sort by it either.
  const sorted = view.sort === 'contacted' && !can(actor, 'interactions.read') ? {} : view;
  const by = sorted.sort ?? 'name';
  const dir = sorted.dir ?? 'asc';
  // Security: a filter that would reveal what the actor may not see is dropped (permittedFilters).
  const permitted: TPeopleFilters = { ...view, ...permittedFilters(actor, view) };
  const clock = permitted.followUpDue || permitted.quiet ? await orgClock(now) : undefined;
  const filters: TPeopleFilters = { ...permitted, today: clock?.today, timeZone: clock?.timeZone };
  const terms = searchTerms(filters.q);
  return {
    by, dir, parts: sortKey(by, dir), filters,
    scope: personScopeSql(actor),
    scopeIds: personScopeIdsSql(actor),
    search: terms ? personMatchesSql(terms) : undefined,
  };
}

/** The ids of every person in the view, in the table's order: all its pages, end to end. */
export async function listPeopleIdsInView(actor: TActor, view: TPeopleView, now = new Date()): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>(peopleViewIdsSql(await viewQuery(actor, view, now)));
  return rows.map((r) => r.id);
}

/** How many people of the view the actor may see, capped like the table's count. */
export async function countPeopleInView(actor: TActor, view: TPeopleView, now = new Date()): Promise<{ total: number; capped: boolean }> {
  const [row] = await db.$queryRaw<{ total: number }[]>(peopleViewCountSql(await viewQuery(actor, view, now), PEOPLE_COUNT_CAP));
  const total = row?.total ?? 0;
  return { total: Math.min(total, PEOPLE_COUNT_CAP), capped: total > PEOPLE_COUNT_CAP };
}

/**
 * A page of the people the actor may see, filtered, sorted, and paged by keyset: the page after
 * (or before) a cursor row, so the last page costs what the first does. The count is capped: past
 * PEOPLE_COUNT_CAP the page says "10,000+".
 */
export async function listPeople(actor: TActor, input: TListPeopleInput, now = new Date()): Promise<TPeopleList> {
  const view = await viewQuery(actor, input, now);
  const { by, dir, parts } = view;
  const size = Math.min(100, Math.max(1, Math.trunc(input.pageSize)));
  const fits = (c?: TPeopleCursor) => (c && c.sort === by && c.dir === dir ? castKey(parts, c.key) : undefined);
  const after = fits(input.after);
  const before = after ? undefined : fits(input.before);
  // Travelling backward (to the previous or the last page), the order is reversed and the rows are turned round after.
  const backward = Boolean(before) || (!after && Boolean(input.last));
  const ascending = (dir === 'asc') !== backward;
  const cursor = after ?? before;
  const cursorKey = after ? input.after?.key : before ? input.before?.key : undefined;

  const query: TPageQuery = {
    ...view, ascending, cursor, size, cap: PEOPLE_COUNT_CAP,
    cursorInNowhere: by === 'precinct' && cursorKey?.[0] === noPrecinctKey(dir),
  };
  // Without a search, count first: how many match decides how to read the page.
  const counted = view.search ? undefined : (await db.$queryRaw<{ total: number }[]>(peopleCountSql(query)))[0]!.total;
  const shape = input.strategy ?? (counted !== undefined && counted <= GATHER_MAX ? 'gather' : 'walk');
  const raw = await db.$queryRaw<TRawRow[]>(peopleListSql(query, counted, shape));

  const total = raw[0]?.total ?? 0;
  const found = raw.filter((r): r is TRawRow & { id: string } => r.id !== null);
  const more = found.length > size;
  const page = found.slice(0, size);
  if (backward) page.reverse();
  const cursorOf = (r?: TRawRow) => (r ? { sort: by, dir, key: r.sort_key } : null);
  return {
    rows: page.map((r) => toRow(r, can(actor, 'interactions.read'))),
    total: Math.min(total, PEOPLE_COUNT_CAP),
    totalCapped: total > PEOPLE_COUNT_CAP,
    next: (backward ? Boolean(before) : more) ? cursorOf(page.at(-1)) : null,
    previous: (backward ? more : Boolean(after)) ? cursorOf(page[0]) : null,
  };
}

/** Security: last contacted is shown only to one who may read interactions (null otherwise, and its column hidden). */
function toRow(r: TRawRow & { id: string }, readsInteractions: boolean): TPeopleListRow {
  return {
    id: r.id,
    givenName: r.given_name,
    familyName: r.family_name,
    preferredName: r.preferred_name,
    preferredLanguage: r.preferred_language,
    ladderStage: r.ladder_stage,
    registeredVoter: r.registered_voter,
    doNotContact: r.do_not_contact,
    memberSince: r.member_since,
    updatedAt: r.updated_at,
    lastContactedAt: readsInteractions ? r.last_contacted_at : null,
    precinct: r.precinct_number !== null && r.ward_number !== null ? { number: r.precinct_number, ward: r.ward_number } : null,
  };
}

const rowSelect = {
  id: true,
  givenName: true,
  familyName: true,
  preferredName: true,
  preferredLanguage: true,
  ladderStage: true,
  registeredVoter: true,
  doNotContact: true,
  precinct: precinctLabelSelect,
} satisfies Prisma.PersonSelect;

export type TPersonRow = Prisma.PersonGetPayload<{ select: typeof rowSelect }>;

const detailSelect = {
  ...rowSelect,
  pronouns: true,
  languages: true,
  street: true,
  city: true,
  postalCode: true,
  memberSince: true,
  source: true,
  notes: true,
  contactConsent: true,
  version: true,
  updatedAt: true,
  emails: { select: { email: true, status: true, statusAt: true, statusHow: true, isPrimary: true }, orderBy: { isPrimary: 'desc' } },
  phones: { select: { e164: true, type: true, smsConsent: true, smsConsentAt: true, smsConsentHow: true, doNotCall: true, isPrimary: true }, orderBy: { isPrimary: 'desc' } },
  tags: { select: { tag: { select: { name: true } } } },
  recruitedBy: { select: { id: true, givenName: true, familyName: true, preferredName: true } },
} satisfies Prisma.PersonSelect;

export type TPersonDetail = Prisma.PersonGetPayload<{ select: typeof detailSelect }>;

/** One person, if the actor may see them; otherwise NotFound, exactly as if they did not exist. */
export async function getPerson(actor: TActor, id: string): Promise<TPersonDetail> {
  const person = await db.person.findFirst({ where: { AND: [{ id }, personScope(actor)] }, select: detailSelect });
  if (!person) throw notFoundError();
  // Security: the recruiter is named only when the actor may see them too.
  if (person.recruitedBy) {
    const visible = await db.person.count({ where: { AND: [{ id: person.recruitedBy.id }, personScope(actor)] } });
    if (!visible) return { ...person, recruitedBy: null };
  }
  return person;
}
