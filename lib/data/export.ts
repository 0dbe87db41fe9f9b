import type { TActor } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { assertAdmin } from '@/lib/data/admin-guard';
import { recordAudit } from '@/lib/data/audit';
import { personScope } from '@/lib/data/scope';
import { displayName } from '@/lib/format/person-name';
import { formatPhone } from '@/lib/format/phone';
import { CSV_BOM, csvLine } from '@/lib/format/csv';
import type { Prisma } from '@/lib/generated/prisma/client';

// Leadership's export of people to CSV. Every export is audited (which columns, how many people);
// to anyone else it does not exist. Notes are left out: free text is where the most sensitive
// things end up, and a spreadsheet travels further than this database.

const BATCH = 1000;

const select = {
  id: true,
  givenName: true,
  familyName: true,
  preferredName: true,
  pronouns: true,
  preferredLanguage: true,
  languages: true,
  street: true,
  city: true,
  postalCode: true,
  ward: { select: { number: true } },
  precinct: { select: { number: true, ward: { select: { number: true } } } },
  ladderStage: true,
  memberSince: true,
  registeredVoter: true,
  contactConsent: true,
  doNotContact: true,
  source: true,
  createdAt: true,
  phones: { select: { e164: true }, orderBy: [{ isPrimary: 'desc' }, { e164: 'asc' }] },
  emails: { select: { email: true, subscribed: true }, orderBy: [{ isPrimary: 'desc' }, { email: 'asc' }] },
  tags: { select: { tag: { select: { name: true } } } },
  memberships: { select: { circle: { select: { name: true, deletedAt: true } } } },
  recruitedBy: { select: { givenName: true, familyName: true, preferredName: true } },
} satisfies Prisma.PersonSelect;
type TRow = Prisma.PersonGetPayload<{ select: typeof select }>;

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '');
const list = (items: string[]) => items.join('; ');

const COLUMNS: [string, (p: TRow) => string | boolean | null][] = [
  ['id', (p) => p.id],
  ['given_name', (p) => p.givenName],
  ['family_name', (p) => p.familyName],
  ['preferred_name', (p) => p.preferredName],
  ['pronouns', (p) => p.pronouns],
  ['preferred_language', (p) => p.preferredLanguage],
  ['languages', (p) => list(p.languages)],
  ['phones', (p) => list(p.phones.map((ph) => formatPhone(ph.e164)))],
  ['emails', (p) => list(p.emails.map((e) => e.email))],
  ['email_subscribed', (p) => (p.emails.length ? p.emails[0]!.subscribed : null)],
  ['street', (p) => p.street],
  ['city', (p) => p.city],
  ['postal_code', (p) => p.postalCode],
  ['ward', (p) => (p.ward ? String(p.ward.number) : null)],
  ['precinct', (p) => (p.precinct ? `${p.precinct.ward.number}-${p.precinct.number}` : null)],
  ['ladder_stage', (p) => p.ladderStage],
  ['member_since', (p) => day(p.memberSince)],
  ['registered_voter', (p) => p.registeredVoter],
  ['contact_consent', (p) => p.contactConsent],
  ['do_not_contact', (p) => p.doNotContact],
  ['tags', (p) => list(p.tags.map((t) => t.tag.name).sort())],
  ['circles', (p) => list(p.memberships.filter((m) => !m.circle.deletedAt).map((m) => m.circle.name).sort())],
  ['recruited_by', (p) => (p.recruitedBy ? displayName(p.recruitedBy) : null)],
  ['source', (p) => p.source],
  ['created_at', (p) => p.createdAt.toISOString()],
];
export const EXPORT_COLUMNS = COLUMNS.map(([name]) => name);

/** The people matching `where` (within the actor's scope) as CSV text: UTF-8 with a BOM. */
export async function exportPeopleCsv(actor: TActor, where: Prisma.PersonWhereInput = {}): Promise<string> {
  assertAdmin(actor);
  const scoped: Prisma.PersonWhereInput = { AND: [personScope(actor), where] };
  const parts: string[] = [CSV_BOM, csvLine(EXPORT_COLUMNS)];
  let count = 0;
  let cursor: string | undefined;
  // In id order, a batch at a time, so a large organization does not load everyone at once.
  for (;;) {
    const batch = await db.person.findMany({
      where: cursor ? { AND: [scoped, { id: { gt: cursor } }] } : scoped,
      select,
      orderBy: { id: 'asc' },
      take: BATCH,
    });
    for (const p of batch) parts.push(csvLine(COLUMNS.map(([, value]) => value(p))));
    count += batch.length;
    if (batch.length < BATCH) break;
    cursor = batch.at(-1)!.id;
  }
  await db.$transaction((tx) =>
    // The count is the export's "record": how many people left the database, and which columns.
    recordAudit(tx, actor, { action: 'EXPORT', entityType: 'people_csv', entityId: String(count), fields: EXPORT_COLUMNS }),
  );
  return parts.join('');
}
