import type { TActor } from '@/lib/access/actor';
import { requireCan } from '@/lib/access/capabilities';
import { savedViewScope } from '@/lib/access/scopes/saved-views';
import { recordAudit } from '@/lib/data/audit';
import { countPeopleInView } from '@/lib/data/people/list';
import { db } from '@/lib/db/prisma';
import { notFoundError } from '@/lib/errors';
import { displayName } from '@/lib/format/person-name';
import { accountName } from '@/lib/format/account';
import { peopleListHref, peopleViewOf, ZPeopleListParams } from '@/lib/validation/search-params';
import { savedViewParams, type TSaveViewInput } from '@/lib/validation/saved-view';

// Saved views of the people table. A view stores a question (filters and sort); its count and its
// rows are always answered through the viewer's own scope, so sharing a view never shares people.

const MAX_VIEWS = 50;

export type TSavedView = {
  id: string;
  name: string;
  shared: boolean;
  /** Saved by the viewer (who alone may delete it); otherwise whose it is. */
  mine: boolean;
  owner: string;
  /** The people table with the view's filters and sort. */
  href: string;
  count: number;
  capped: boolean;
};

export async function listSavedViews(actor: TActor): Promise<TSavedView[]> {
  const rows = await db.savedView.findMany({
    where: savedViewScope(actor),
    select: {
      id: true, name: true, shared: true, params: true, ownerUserId: true,
      owner: { select: { email: true, phone: true, person: { select: { givenName: true, familyName: true, preferredName: true } } } },
    },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: MAX_VIEWS,
  });
  return Promise.all(
    rows.map(async (r) => {
      // Parsed again on the way out: a view saved before the table changed still opens safely.
      const params = savedViewParams(typeof r.params === 'object' && r.params ? r.params : {});
      const { total, capped } = await countPeopleInView(actor, peopleViewOf(ZPeopleListParams.parse(params)));
      const owner = r.owner.person ? displayName(r.owner.person) : accountName(r.owner);
      return { id: r.id, name: r.name, shared: r.shared, mine: r.ownerUserId === actor.userId, owner, href: peopleListHref(params), count: total, capped };
    }),
  );
}

export async function createSavedView(actor: TActor, input: TSaveViewInput): Promise<{ id: string }> {
  requireCan(actor, 'people.saveViews');
  return db.$transaction(async (tx) => {
    const created = await tx.savedView.create({
      data: { ownerUserId: actor.userId, name: input.name, shared: input.shared, params: savedViewParams(input.params) },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: 'CREATE', entityType: 'saved_view', entityId: created.id, fields: ['name', 'shared', 'params'] });
    return created;
  });
}

/** Only its owner deletes a view; to anyone else it does not exist. */
export async function deleteSavedView(actor: TActor, { id }: { id: string }): Promise<void> {
  requireCan(actor, 'people.saveViews');
  await db.$transaction(async (tx) => {
    const { count } = await tx.savedView.deleteMany({ where: { id, ownerUserId: actor.userId } });
    if (count !== 1) throw notFoundError();
    await recordAudit(tx, actor, { action: 'DELETE', entityType: 'saved_view', entityId: id });
  });
}
