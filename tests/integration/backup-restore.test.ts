import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createApiToken } from '@/lib/data/admin/api-tokens';
import { createResetLink } from '@/lib/data/account/invitations';
import { unsafeGetActorBySessionToken } from '@/lib/data/account/sessions';
import { unsafeSignIn } from '@/lib/data/account/sign-in';
import { deletePerson } from '@/lib/data/people/write';
import { getPrecinctTable } from '@/lib/data/ward/precincts';
import { closeImportPool } from '@/lib/db/pools';
import { backupToFile } from '@/lib/ops/backup/to-file';
import { restoreBackup } from '@/lib/ops/backup/restore';
import type { TKeySource } from '@/lib/ops/backup/keys';
import { createDatabase, databaseName, dropDatabase, withClient } from '@/lib/ops/database';
import { DEMO_LOGINS } from '../../prisma/seed/demo-logins';
import { seedDemo } from '../../prisma/seed/demo';
import { runImport } from '../support/imports';
import { testClient } from '../support/small-org';
import { relationCount, scratchDatabases, scratchFolder } from '../support/scratch-db';
import { schemaShape, tableChecksums, type TChecksums } from '../support/table-checksums';

// The restore drill: a database with every kind of record is backed up, wiped and restored, and
// must come back identical, row for row; its users sign in with the same passwords and their
// open sessions still work.

const key: TKeySource = { kind: 'passphrase', passphrase: 'a long test passphrase' };
const admin = DEMO_LOGINS.find((l) => l.role === 'ADMIN')!;
const url = process.env.DATABASE_URL!;
const scratch = scratchDatabases();
const folder = scratchFolder();

/** Drops the test file's database and makes it again, empty: no tables, no migrations. */
async function wipe(): Promise<void> {
  const g = globalThis as { leavenPrisma?: { $disconnect: () => Promise<void> } };
  await g.leavenPrisma?.$disconnect();
  g.leavenPrisma = undefined;
  await closeImportPool();
  await dropDatabase(inject('adminUrl'), databaseName(url));
  await createDatabase(inject('adminUrl'), databaseName(url));
}

describe('the restore drill', () => {
  let before: TChecksums;
  let shape: string[];
  let sessionToken: string;

  beforeAll(async () => {
    const prisma = testClient();
    try {
      await seedDemo(prisma);
      // What the demo does not hold: an import (its staging, undo data and audit), open sessions,
      // an API token, someone in the trash, a backup's record, a worker's heartbeat, a form's idempotency key,
      // a member's second factor with a recovery code (the failed sign-in above fills the counters),
      // a saved view of the people table and an import's household pair.
      const signedIn = (await unsafeSignIn(admin.email, admin.password))!;
      sessionToken = signedIn.token;
      expect(await unsafeSignIn(admin.email, 'a wrong password')).toBeNull();
      const actor = (await unsafeGetActorBySessionToken(sessionToken))!;
      const known = await prisma.personEmail.findFirstOrThrow({ orderBy: { email: 'asc' } });
      // One new person and one already known (the import keeps what it changed, for its undo).
      // Teresa shares Rosa's phone under another first name: another person of the household.
      await runImport(actor, `first_name,last_name,email,phone\nRosa,Drill,rosa.drill@example.org,773-555-0199\nTeresa,Drill,,773-555-0199\n,,${known.email},773-555-0198\n`);
      await runImport(actor, 'first_name,last_name,email\nTeo,Drill,teo.drill@example.org\n', { stopAt: 'review' });
      await createApiToken(actor, { name: 'Drill', userId: actor.userId });
      await createResetLink(actor, (await prisma.user.findFirstOrThrow({ where: { role: 'MEMBER' } })).id);
      await getPrecinctTable(actor);
      const someone = await prisma.person.findFirstOrThrow({ where: { familyName: { not: 'Drill' } }, orderBy: { id: 'desc' } });
      await deletePerson(actor, someone.id);
      await prisma.backupRun.create({ data: { trigger: 'COMMAND', ok: true, finishedAt: new Date(), fileName: 'earlier.leaven-backup', bytes: 1234 } });
      await prisma.workerHeartbeat.create({ data: { workerId: 'drill' } });
      const member = await prisma.user.findFirstOrThrow({ where: { role: 'MEMBER' }, orderBy: { email: 'asc' } });
      await prisma.twoFactor.create({ data: { userId: member.id, secret: 'JBSWY3DPEHPK3PXP', enabledAt: new Date() } });
      await prisma.recoveryCode.create({ data: { userId: member.id, codeHash: 'f'.repeat(64) } });
      await prisma.idempotencyKey.create({ data: { userId: actor.userId, key: crypto.randomUUID(), action: 'createPerson', result: { ok: true } } });
      await prisma.savedView.create({ data: { ownerUserId: actor.userId, name: 'Drill', params: { speaks: 'es' } } });
      const inReview = await prisma.import.findFirstOrThrow({ where: { status: 'REVIEW' } });
      await prisma.importHousehold.create({ data: { importId: inReview.id, line: 1, name: 'Teo Drill', otherLine: 2, otherName: 'Ana Drill', via: 'email' } });
    } finally {
      await prisma.$disconnect();
    }
    before = await tableChecksums(url);
    shape = await schemaShape(url);
  }, 180_000);

  it('starts from a database where every table holds rows', () => {
    expect(Object.entries(before).filter(([, t]) => t.rows === 0).map(([name]) => name)).toEqual([]);
  });

  it('restores every table to the same rows, and everyone signs in with the same password', async () => {
    const file = path.join(folder(), 'drill.leaven-backup');
    const backup = await backupToFile(url, file, { key, authSecret: 'the-session-key-of-this-organization' });
    expect(backup.tables.length).toBe(Object.keys(before).length);
    await wipe();
    expect(await relationCount(url)).toBe(0);

    const restored = await restoreBackup(file, url, { key });
    expect(restored.manifest.authSecret).toBe('the-session-key-of-this-organization');
    expect(restored.newerMigrations).toEqual([]);
    expect(await tableChecksums(url)).toEqual(before);
    expect(await schemaShape(url)).toEqual(shape);

    expect(await unsafeSignIn(admin.email, admin.password)).not.toBeNull();
    expect(await unsafeSignIn(admin.email, 'not-the-password')).toBeNull();
    // A session opened before the backup is still open after the restore.
    expect((await unsafeGetActorBySessionToken(sessionToken))?.email).toBe(admin.email);
  }, 180_000);
});

/** Adds people one transaction at a time (the person, an email, an audit row) until stopped. */
function startWriter(target: string) {
  const state = { committed: 0, stop: false };
  const done = withClient(target, async (c) => {
    while (!state.stop) {
      await c.query('BEGIN');
      const { rows } = await c.query<{ id: string }>(`INSERT INTO person (given_name, family_name) VALUES ($1, 'Writer') RETURNING id`, [`W${state.committed}`]);
      await c.query(`INSERT INTO person_email (person_id, email) VALUES ($1, $2)`, [rows[0]!.id, `w${state.committed}@writer.example.org`]);
      await c.query(`INSERT INTO audit_event (action, entity_type, entity_id, changed_fields) VALUES ('CREATE', 'writer', $1, '{}')`, [rows[0]!.id]);
      await c.query('COMMIT');
      state.committed++;
    }
  });
  return { state, done };
}

const writerCounts = (target: string) =>
  withClient(target, async (c) => {
    const { rows } = await c.query<{ people: number; emails: number; audits: number }>(
      `SELECT (SELECT count(*)::int FROM person WHERE family_name = 'Writer') AS people,
              (SELECT count(*)::int FROM person_email WHERE email LIKE '%@writer.example.org') AS emails,
              (SELECT count(*)::int FROM audit_event WHERE entity_type = 'writer') AS audits`,
    );
    return rows[0]!;
  });

describe('a backup taken while people are being added', () => {
  it('holds each of them whole or not at all, as of one moment', async () => {
    const source = await scratch(true);
    const writer = startWriter(source);
    const file = path.join(folder(), 'busy.leaven-backup');
    let atFirstTable = -1;
    let beforeBackup = -1;
    try {
      while (writer.state.committed < 3) await new Promise((r) => setTimeout(r, 5));
      beforeBackup = writer.state.committed;
      // Each table is copied only after more people were committed, so a backup that read each
      // table at a different moment would find more of them in the later tables.
      const backup = await backupToFile(source, file, {
        key,
        authSecret: null,
        async afterTable() {
          if (atFirstTable < 0) atFirstTable = writer.state.committed;
          const until = writer.state.committed + 2;
          while (writer.state.committed < until) await new Promise((r) => setTimeout(r, 5));
        },
      });
      expect(backup.tables.find((t) => t.name === 'person')!.rows).toBeGreaterThan(0);
    } finally {
      writer.state.stop = true;
      await writer.done;
    }
    const target = await scratch(false);
    await restoreBackup(file, target, { key });
    const restored = await writerCounts(target);
    expect(restored.people).toBe(restored.emails);
    expect(restored.people).toBe(restored.audits);
    // Taken after the backup began and before its first table was written, long before the writer stopped.
    expect(restored.people).toBeGreaterThanOrEqual(beforeBackup);
    expect(restored.people).toBeLessThanOrEqual(atFirstTable);
    expect(atFirstTable).toBeLessThan(writer.state.committed - 10);
  }, 120_000);
});
