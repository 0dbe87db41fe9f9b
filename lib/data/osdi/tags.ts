import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { recordAudit } from '@/lib/data/audit';
import { getPerson } from '@/lib/data/people/list';
import { findTags, type TTag } from '@/lib/data/people/tags';
import { updatePerson } from '@/lib/data/people/write';
import { personScope } from '@/lib/access/scopes/people';
import { isAppError, notFoundError } from '@/lib/errors';

// Tags and taggings through the OSDI API. The vocabulary is shared (as in the person form); who
// carries a tag is scoped like every person read, and tagging someone is an edit of that person
// (versioned and audited through updatePerson).

export async function listTagsForApi({ page, perPage }: { page: number; perPage: number }) {
  const [rows, total] = await Promise.all([
    db.tag.findMany({ select: { id: true, name: true }, orderBy: [{ name: 'asc' }, { id: 'asc' }], skip: (page - 1) * perPage, take: perPage }),
    db.tag.count(),
  ]);
  return { rows, total };
}

export async function getTagForApi(id: string) {
  const tag = await db.tag.findUnique({ where: { id }, select: { id: true, name: true } });
  if (!tag) throw notFoundError();
  return tag;
}

/** The tag of this name in any case ("padres lsc" finds "Padres LSC"), or a new one as written. */
export async function createTagFromApi(actor: TActor, name: string): Promise<{ tag: TTag; created: boolean }> {
  return db.$transaction(async (tx) => {
    const [found] = await findTags(tx, [name]);
    if (found) return { tag: found, created: false };
    const [tag] = await tx.$queryRaw<TTag[]>`INSERT INTO tag (name) VALUES (${name}) ON CONFLICT DO NOTHING RETURNING id, name`;
    // Two clients creating the same new tag at once: the second waits for the first's, then finds it.
    if (!tag) return { tag: (await findTags(tx, [name]))[0]!, created: false };
    await recordAudit(tx, actor, { action: 'CREATE', entityType: 'tag', entityId: tag.id, fields: ['name'] });
    return { tag, created: true };
  });
}

/** People in the actor's scope who carry the tag. */
export async function listTaggingsForApi(actor: TActor, tagId: string, { page, perPage }: { page: number; perPage: number }) {
  await getTagForApi(tagId);
  const where = { AND: [personScope(actor), { tags: { some: { tagId } } }] };
  const [rows, total] = await Promise.all([
    db.person.findMany({ where, select: { id: true }, orderBy: { id: 'asc' }, skip: (page - 1) * perPage, take: perPage }),
    db.person.count({ where }),
  ]);
  return { personIds: rows.map((r) => r.id), total };
}

export async function listPersonTagsForApi(actor: TActor, personId: string) {
  const person = await getPerson(actor, personId);
  const tags = await db.tag.findMany({ where: { name: { in: person.tags.map((t) => t.tag.name) } }, select: { id: true, name: true }, orderBy: { name: 'asc' } });
  return tags;
}

/** Adds or removes one tag on a person, as an edit of that person; retried once if someone saved in between. */
async function retag(actor: TActor, tagId: string, personId: string, change: 'add' | 'remove'): Promise<boolean> {
  const tag = await getTagForApi(tagId);
  for (let attempt = 0; ; attempt++) {
    const person = await getPerson(actor, personId);
    const names = person.tags.map((t) => t.tag.name);
    const has = names.includes(tag.name);
    if ((change === 'add') === has) return false;
    const tags = change === 'add' ? [...names, tag.name] : names.filter((n) => n !== tag.name);
    try {
      await updatePerson(actor, { id: personId, version: person.version, patch: { tags } });
      return true;
    } catch (e) {
      if (!isAppError(e, 'CONFLICT') || attempt > 0) throw e;
    }
  }
}

export const addTagging = (actor: TActor, tagId: string, personId: string) => retag(actor, tagId, personId, 'add');

export async function removeTagging(actor: TActor, tagId: string, personId: string): Promise<void> {
  const removed = await retag(actor, tagId, personId, 'remove');
  if (!removed) throw notFoundError();
}

/** A tagging exists if the person is in scope and carries the tag. */
export async function getTaggingForApi(actor: TActor, tagId: string, personId: string): Promise<void> {
  const tag = await getTagForApi(tagId);
  const found = await db.person.findFirst({ where: { AND: [{ id: personId }, personScope(actor), { tags: { some: { tagId: tag.id } } }] }, select: { id: true } });
  if (!found) throw notFoundError();
}
