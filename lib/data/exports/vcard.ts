import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { requireCan } from '@/lib/access/capabilities';
import { recordAudit } from '@/lib/data/audit';
import { vcard, type TVCardVersion } from '@/lib/data/exports/vcard-format';
import { circleScope } from '@/lib/access/scopes/circles';
import { personScope } from '@/lib/access/scopes/people';
import { notFoundError } from '@/lib/errors';

// A person, or a circle's members, as contact cards for a phone's address book. Leadership only
// (DESIGN.md: exports), audited with the fields that leave, never their values.

const select = {
  id: true, givenName: true, familyName: true, preferredName: true, street: true, city: true, postalCode: true, preferredLanguage: true, updatedAt: true,
  emails: { select: { email: true, isPrimary: true }, orderBy: [{ isPrimary: 'desc' as const }, { email: 'asc' as const }] },
  phones: { select: { e164: true, isPrimary: true, type: true }, orderBy: [{ isPrimary: 'desc' as const }, { e164: 'asc' as const }] },
};
const FIELDS = ['givenName', 'familyName', 'preferredName', 'emails', 'phones', 'street', 'city', 'postalCode', 'preferredLanguage'];

export async function personVCard(actor: TActor, personId: string, version: TVCardVersion): Promise<{ name: string; body: string }> {
  requireCan(actor, 'people.export');
  const person = await db.person.findFirst({ where: { AND: [{ id: personId }, personScope(actor)] }, select });
  if (!person) throw notFoundError();
  await db.$transaction((tx) => recordAudit(tx, actor, { action: 'EXPORT', entityType: 'person', entityId: person.id, fields: FIELDS }));
  const name = [person.preferredName || person.givenName, person.familyName].filter(Boolean).join(' ') || 'contact';
  return { name, body: vcard(person, version) };
}

export async function circleVCards(actor: TActor, circleId: string, version: TVCardVersion): Promise<{ name: string; body: string }> {
  requireCan(actor, 'people.export');
  const circle = await db.circle.findFirst({ where: { AND: [{ id: circleId }, circleScope(actor)] }, select: { id: true, name: true } });
  if (!circle) throw notFoundError();
  const people = await db.person.findMany({
    where: { AND: [personScope(actor), { memberships: { some: { circleId } } }] },
    select,
    orderBy: [{ familyName: 'asc' }, { givenName: 'asc' }, { id: 'asc' }],
  });
  await db.$transaction((tx) => recordAudit(tx, actor, { action: 'EXPORT', entityType: 'circle', entityId: circle.id, fields: FIELDS }));
  return { name: circle.name, body: people.map((p) => vcard(p, version, [circle.name])).join('') };
}
