import type { TActor } from '@/lib/access/actor';
import { requireCan } from '@/lib/access/capabilities';
import { recordAuditMany } from '@/lib/data/audit';
import { db } from '@/lib/db/prisma';
import type { Prisma } from '@/lib/generated/prisma/client';
import { parsePlaceList, type TPlaceProblem } from '@/lib/import/place-list';

// Wards and precincts made in numbers: a city's list (Admin → Places), and the ones an import,
// the OSDI API or an election-results file names, once leadership confirms them. Existing places
// are never duplicated (unique numbers, skipped); a name in a list renames its precinct, which
// keeps every link (people, captain, team, scopes, results).

export type TPlaceRef = { ward: number; precinct: number; name?: string | null };
export type TEnsured = { wards: number; precincts: number; renamed: number };

/** Creates the wards and precincts named that do not exist yet, in the caller's transaction; audited as one event per place made. */
export async function ensurePlacesTx(tx: Prisma.TransactionClient, actor: TActor, places: TPlaceRef[]): Promise<TEnsured> {
  requireCan(actor, 'places.manage');
  if (places.length === 0) return { wards: 0, precincts: 0, renamed: 0 };
  const wardNumbers = [...new Set(places.map((p) => p.ward))];
  const before = await tx.ward.findMany({ where: { number: { in: wardNumbers } }, select: { id: true, number: true } });
  const newWards = wardNumbers.filter((n) => !before.some((w) => w.number === n));
  await tx.ward.createMany({ data: newWards.map((number) => ({ number })), skipDuplicates: true });
  const wards = await tx.ward.findMany({ where: { number: { in: wardNumbers } }, select: { id: true, number: true } });
  const wardId = new Map(wards.map((w) => [w.number, w.id]));

  const existing = await tx.precinct.findMany({ where: { wardId: { in: wards.map((w) => w.id) } }, select: { id: true, wardId: true, number: true, name: true } });
  const byKey = new Map(existing.map((p) => [`${p.wardId}-${p.number}`, p]));
  const toCreate = places.filter((p) => !byKey.has(`${wardId.get(p.ward)}-${p.precinct}`));
  const toRename = places.flatMap((p) => {
    const found = byKey.get(`${wardId.get(p.ward)}-${p.precinct}`);
    return found && p.name && p.name !== found.name ? [{ id: found.id, name: p.name }] : [];
  });
  await tx.precinct.createMany({ data: toCreate.map((p) => ({ wardId: wardId.get(p.ward)!, number: p.precinct, name: p.name ?? null })), skipDuplicates: true });
  for (const r of toRename) await tx.precinct.update({ where: { id: r.id }, data: { name: r.name } });

  const made = toCreate.length
    ? await tx.precinct.findMany({ where: { wardId: { in: wards.map((w) => w.id) }, id: { notIn: existing.map((p) => p.id) } }, select: { id: true } })
    : [];
  await recordAuditMany(tx, actor, { action: 'CREATE', entityType: 'ward', entityIds: wards.filter((w) => newWards.includes(w.number)).map((w) => w.id), fields: ['number'] });
  await recordAuditMany(tx, actor, { action: 'CREATE', entityType: 'precinct', entityIds: made.map((p) => p.id), fields: ['wardId', 'number', 'name'] });
  await recordAuditMany(tx, actor, { action: 'UPDATE', entityType: 'precinct', entityIds: toRename.map((r) => r.id), fields: ['name'] });
  return { wards: newWards.length, precincts: toCreate.length, renamed: toRename.length };
}

export type TPlaceListResult = ({ ok: true } & TEnsured) | { ok: false; problems: TPlaceProblem[] };

/** Loads a list of places ("ward,precinct[,name]", any encoding): checked whole, then written in one transaction. */
export async function loadPlaceList(actor: TActor, bytes: Uint8Array): Promise<TPlaceListResult> {
  requireCan(actor, 'places.manage');
  const list = parsePlaceList(bytes);
  if (!list.ok) return list;
  const done = await db.$transaction((tx) => ensurePlacesTx(tx, actor, list.places), { timeout: 60_000 });
  return { ok: true, ...done };
}
