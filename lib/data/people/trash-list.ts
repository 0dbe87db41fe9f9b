import type { TActor } from '@/lib/access/actor';
import { requireCan } from '@/lib/access/capabilities';
import { unsafeReadSettings } from '@/lib/data/admin/settings';
import { db } from '@/lib/db/prisma';
import { purgeDateOf } from '@/lib/validation/settings';

// What the trash page reads. Moving a person to the trash and back is in write.ts; the purge for
// good, in trash.ts.

/** The trash: soft-deleted people, newest first, each with the day the purge removes them for good. Leadership only. */
export async function listTrash(actor: TActor) {
  requireCan(actor, 'people.trash');
  const [{ trashRetentionDays }, people] = await Promise.all([
    unsafeReadSettings(),
    db.person.findMany({
      where: { deletedAt: { not: null } },
      select: { id: true, givenName: true, familyName: true, preferredName: true, deletedAt: true },
      orderBy: { deletedAt: 'desc' },
      take: 500,
    }),
  ]);
  const now = Date.now();
  return {
    retentionDays: trashRetentionDays,
    people: people.map((p) => {
      const purgeAt = purgeDateOf(p.deletedAt!, trashRetentionDays);
      // Past its date: the periodic purge takes it within minutes.
      return { ...p, purgeAt, purgeDue: purgeAt.getTime() <= now };
    }),
  };
}
