import type { Prisma } from '@/lib/generated/prisma/client';

// The tag vocabulary, shared by everyone who tags (the person form, the OSDI API; imports do the
// same in SQL, lib/data/imports/merge-contacts.ts). A tag is one name whatever its case: found by
// lower(name), which a unique index keeps one of, and created in the spelling first written.

type TTx = Prisma.TransactionClient;
export type TTag = { id: string; name: string };

/** The tags with these names in any case. */
export function findTags(tx: TTx, names: string[]): Promise<TTag[]> {
  return tx.$queryRaw<TTag[]>`SELECT id, name FROM tag WHERE lower(name) = ANY (SELECT lower(n) FROM unnest(${names}::text[]) AS n)`;
}

/**
 * These tags, each the one Leaven has in whatever case, or created as written (names given once
 * each, as distinctTags leaves them). Two statements whatever the number of tags; a tag someone
 * else creates meanwhile is skipped, then found.
 */
export async function tagsNamed(tx: TTx, names: string[]): Promise<TTag[]> {
  if (!names.length) return [];
  await tx.$executeRaw`INSERT INTO tag (name) SELECT n FROM unnest(${names}::text[]) AS n ON CONFLICT DO NOTHING`;
  return findTags(tx, names);
}
