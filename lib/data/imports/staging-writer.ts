import { createHash } from 'node:crypto';
import type pg from 'pg';
import { RowClusters } from '@/lib/import/cluster';
import { copyArray, copyValue } from '@/lib/import/copy-text';
import { displayName } from '@/lib/format/person-name';
import type { TMapping } from '@/lib/vocabulary/import-fields';
import { normaliseRow, type TStagedRow } from '@/lib/import/normalise';
import type { TPlaceIndex } from '@/lib/import/places';
import { uuidV7 } from '@/lib/import/uuid-v7';

// The file's rows as they will be saved, streamed into import_staged: each normalised by the
// mapping, grouped with the rows that share an email or phone with it (a union-find as the rows
// come) unless their names are clearly different (a household: kept as a pair), and given the id
// its group would take as a new person. Written while the file is uploaded (with the mapping
// Leaven guessed) and again by the check if the mapping changed.

export const STAGED_COLUMNS =
  'import_id, line, cluster, problems, outcome, given_name, family_name, preferred_name, pronouns, preferred_language, languages, emails, phones, phone_type, ' +
  'street, city, postal_code, ward_id, precinct_id, ladder_stage, registered_voter, notes, tags, email_opt_in, sms_opt_in, do_not_call, do_not_contact, contact_consent, ' +
  'new_person_id';

export const COPY_STAGED = `COPY import_staged (${STAGED_COLUMNS}) FROM STDIN`;

/**
 * What the staged rows were made with: the mapping, the wards and precincts they were resolved
 * against, and the country numbers were read in. The check re-stages the file only if this changed since.
 */
export function stagingKey(mapping: TMapping, placesKey: string, phoneCountry: string): string {
  return createHash('sha256').update(JSON.stringify(mapping)).update('\n').update(placesKey).update('\n').update(phoneCountry).digest('hex');
}

const v = copyValue;
/** A staged row as COPY text, from `problems` on (the import, line and cluster go in front). */
function stagedTail(r: TStagedRow, newPersonId: string | null): string {
  return [
    copyArray(r.problems), r.problems.length ? 'BAD' : 'NEW', v(r.givenName), v(r.familyName), v(r.preferredName), v(r.pronouns),
    v(r.preferredLanguage), copyArray(r.languages), copyArray(r.emails), copyArray(r.phones), v(r.phoneType), v(r.street), v(r.city), v(r.postalCode),
    v(r.wardId), v(r.precinctId), v(r.ladderStage), v(r.registeredVoter), v(r.notes), copyArray(r.tags), v(r.emailOptIn), v(r.smsOptIn),
    v(r.doNotCall), v(r.doNotContact), v(r.contactConsent), v(newPersonId),
  ].join('\t');
}

export class StagingWriter {
  private readonly lines: number[] = [];
  /** The group each row was written with (the index of the group's first row, as known then). */
  private readonly written: number[] = [];
  /** The new person each group would be, by the index of its first row. */
  private readonly personIds: string[] = [];
  private readonly clusters = new RowClusters();
  /** Each row's name as shown, for the household pairs the review lists. */
  private readonly names: string[] = [];
  /** Tags left out because they name something Leaven does not keep. */
  dropped = 0;

  constructor(
    private readonly importId: string,
    private readonly mapping: TMapping,
    private readonly places: TPlaceIndex,
    private readonly out: { push(text: string): Promise<void> },
    private readonly phoneCountry: string,
  ) {}

  get count(): number {
    return this.lines.length;
  }

  /** Normalises one row of the file and writes it (COPY text) to `out`. */
  async add(line: number, cells: string[]): Promise<void> {
    const row = normaliseRow(cells, this.mapping, this.places, this.phoneCountry);
    const index = this.lines.length;
    this.lines.push(line);
    this.dropped += row.droppedTags;
    this.names.push(displayName(row));
    this.clusters.add(index, row.problems.length ? [] : [...row.emails.map((e) => `e:${e}`), ...row.phones.map((p) => `p:${p}`)], row);
    const cluster = this.clusters.clusterOf(index);
    this.written.push(cluster);
    const person = row.problems.length ? null : (this.personIds[cluster] ??= uuidV7());
    await this.out.push(`${this.importId}\t${line}\t${this.lines[cluster]}\t${stagedTail(row, person)}\n`);
  }

  /** After the COPY: the groups put right (see fixClusters) and the file's household pairs recorded. */
  async finish(client: pg.PoolClient): Promise<void> {
    await this.fixClusters(client);
    const pairs = this.clusters.households();
    await client.query('DELETE FROM import_household WHERE import_id = $1 AND other_line IS NOT NULL', [this.importId]);
    if (pairs.length === 0) return;
    await client.query(
      `INSERT INTO import_household (import_id, line, name, other_line, other_name, via)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::int[], $5::text[], $6::text[])`,
      [this.importId, pairs.map((p) => this.lines[p.a]), pairs.map((p) => this.names[p.a]), pairs.map((p) => this.lines[p.b]), pairs.map((p) => this.names[p.b]), pairs.map((p) => p.via)],
    );
  }

  /**
   * After the COPY: a later row can join two groups into one, so the rows written under the later
   * group's name (and new person id) move to the earlier's. Usually none.
   */
  private async fixClusters(client: pg.PoolClient): Promise<void> {
    const moved: number[] = [];
    const to: number[] = [];
    const ids: string[] = [];
    for (let i = 0; i < this.lines.length; i++) {
      const final = this.clusters.clusterOf(i);
      if (final !== this.written[i]) {
        moved.push(this.lines[i]!);
        to.push(this.lines[final]!);
        ids.push(this.personIds[final]!);
      }
    }
    if (moved.length === 0) return;
    await client.query(
      `UPDATE import_staged s SET cluster = m.cluster, new_person_id = m.person_id
         FROM unnest($2::int[], $3::int[], $4::uuid[]) AS m(line, cluster, person_id) WHERE s.import_id = $1 AND s.line = m.line`,
      [this.importId, moved, to, ids],
    );
  }
}
