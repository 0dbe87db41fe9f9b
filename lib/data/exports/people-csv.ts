import type { TActor } from '@/lib/access/actor';
import { dayOfColumn } from '@/lib/format/dates';
import { db } from '@/lib/db/prisma';
import { CSV_BOM, csvLine, type TCsvValue } from '@/lib/csv/write';
import { requireCan } from '@/lib/access/capabilities';
import { recordAudit } from '@/lib/data/audit';
import { listPeopleIdsInView, type TPeopleView } from '@/lib/data/people/list';
import { personScope } from '@/lib/access/scopes/people';
import type { Prisma } from '@/lib/generated/prisma/client';
import { precinctLabel, precinctLabelSelect } from '@/lib/format/precinct';

// The people CSV: leadership only, audited (which columns and how many people, never values),
// streamed in pages so a ward of 100,000 people never sits in memory. It exports a view of the
// people table (filters, search and sort, as its URL says), read through the table's own query
// (listPeopleIdsInView), so the file holds exactly the rows the table shows, in the same order.
// Headers are the ones Leaven's own import recognises, so an export comes back in cleanly.

const select = {
  id: true, givenName: true, familyName: true, preferredName: true, pronouns: true, preferredLanguage: true, languages: true, street: true, city: true,
  postalCode: true, ladderStage: true, memberSince: true, source: true, registeredVoter: true, notes: true, contactConsent: true, doNotContact: true,
  createdAt: true, updatedAt: true, lastContactedAt: true,
  ward: { select: { number: true } },
  precinct: precinctLabelSelect,
  emails: { select: { email: true, status: true, isPrimary: true }, orderBy: [{ isPrimary: 'desc' }, { email: 'asc' }] },
  phones: { select: { e164: true, doNotCall: true, type: true, smsConsent: true, isPrimary: true }, orderBy: [{ isPrimary: 'desc' }, { e164: 'asc' }] },
  tags: { select: { tag: { select: { name: true } } } },
  memberships: { select: { circle: { select: { name: true, deletedAt: true } } } },
} satisfies Prisma.PersonSelect;
type TRow = Prisma.PersonGetPayload<{ select: typeof select }>;

const bool = (v: boolean) => (v ? 'TRUE' : 'FALSE');
/** A recorded answer in words the import reads back ("subscribed", "yes", "mobile"); "unknown" is written as such, never as a yes. */
const word = (v: string) => v.toLowerCase();
const date = (d: Date | null) => (d ? dayOfColumn(d) : '');

export const PEOPLE_CSV_COLUMNS: [string, (p: TRow) => TCsvValue][] = [
  ['leaven_id', (p) => p.id],
  ['first_name', (p) => p.givenName],
  ['last_name', (p) => p.familyName],
  ['preferred_name', (p) => p.preferredName],
  ['pronouns', (p) => p.pronouns],
  ['email', (p) => p.emails[0]?.email],
  ['email_opt_in', (p) => (p.emails[0] ? word(p.emails[0].status) : '')],
  ['email2', (p) => p.emails.slice(1).map((e) => e.email).join('; ')],
  ['phone', (p) => p.phones[0]?.e164],
  ['phone_type', (p) => (p.phones[0] ? word(p.phones[0].type) : '')],
  ['sms_opt_in', (p) => (p.phones[0] ? word(p.phones[0].smsConsent) : '')],
  ['do_not_call', (p) => (p.phones[0] ? bool(p.phones[0].doNotCall) : '')],
  ['phone2', (p) => p.phones.slice(1).map((ph) => ph.e164).join('; ')],
  ['address', (p) => p.street],
  ['city', (p) => p.city],
  ['zip_code', (p) => p.postalCode],
  ['ward', (p) => p.precinct?.ward.number ?? p.ward?.number],
  ['precinct', (p) => precinctLabel(p.precinct) ?? ''],
  ['preferred_language', (p) => p.preferredLanguage],
  ['languages', (p) => p.languages.join(', ')],
  ['ladder_stage', (p) => p.ladderStage.toLowerCase()],
  ['registered_voter', (p) => p.registeredVoter.toLowerCase()],
  ['contact_consent', (p) => bool(p.contactConsent)],
  ['do_not_contact', (p) => bool(p.doNotContact)],
  ['tags', (p) => p.tags.map((t) => t.tag.name).sort().join(', ')],
  ['circles', (p) => p.memberships.filter((m) => !m.circle.deletedAt).map((m) => m.circle.name).sort().join('; ')],
  ['member_since', (p) => date(p.memberSince)],
  ['source', (p) => p.source],
  ['notes', (p) => p.notes],
  ['created_at', (p) => p.createdAt],
  ['updated_at', (p) => p.updatedAt],
  ['last_contacted', (p) => p.lastContactedAt],
];

const PAGE = 1000;

/**
 * Records the export in the audit log, then returns the CSV as a stream (UTF-8 with a byte-order
 * mark, every cell quoted and formula-safe). Leadership only; anyone else gets NotFound.
 */
export async function exportPeopleToCsv(actor: TActor, view: TPeopleView = {}): Promise<ReadableStream<Uint8Array>> {
  requireCan(actor, 'people.export');
  // The view's ids, in its order, up front (a few MB at 100,000 people); the rows follow a page at a time.
  const ids = await listPeopleIdsInView(actor, view);
  const fields = PEOPLE_CSV_COLUMNS.map(([name]) => name);
  // The count is the export's "record": how many people left the database, and which columns.
  await db.$transaction((tx) => recordAudit(tx, actor, { action: 'EXPORT', entityType: 'people_csv', entityId: String(ids.length), fields }));
  const encoder = new TextEncoder();
  let at = 0;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(CSV_BOM + csvLine(fields)));
      }
      const page = ids.slice(at, at + PAGE);
      at += page.length;
      if (page.length) {
        // Security: the scope again, so a row fetched by id is still one the actor may see.
        const rows = await db.person.findMany({ where: { AND: [personScope(actor), { id: { in: page } }] }, select });
        const byId = new Map(rows.map((p) => [p.id, p]));
        const lines = page.flatMap((id) => {
          const p = byId.get(id);
          return p ? [csvLine(PEOPLE_CSV_COLUMNS.map(([, get]) => get(p)))] : [];
        });
        if (lines.length) controller.enqueue(encoder.encode(lines.join('')));
      }
      if (at >= ids.length) controller.close();
    },
  });
}
