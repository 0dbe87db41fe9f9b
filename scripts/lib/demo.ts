import pg from 'pg';
import { createPrismaClient } from '../../lib/db/create-client';
import { seedDemo } from '../../prisma/seed/demo';

export type TDatabaseContents = { users: number; realUsers: number; people: number };

export async function databaseContents(url: string): Promise<TDatabaseContents> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ users: string; real_users: string; people: string }>(
      `SELECT (SELECT count(*) FROM app_user) AS users,
              (SELECT count(*) FROM app_user WHERE NOT is_demo) AS real_users,
              (SELECT count(*) FROM person) AS people`,
    );
    const row = rows[0]!;
    return { users: Number(row.users), realUsers: Number(row.real_users), people: Number(row.people) };
  } finally {
    await client.end();
  }
}

/** Loads the demo organization into url. Callers check first that the database is empty. */
export async function loadDemo(url: string, log: (line: string) => void = console.log) {
  const prisma = createPrismaClient(url, 4);
  try {
    const started = Date.now();
    const summary = await seedDemo(prisma);
    log(`Demo organization loaded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary.people} people, ${summary.circles} circles, ${summary.organizations} organizations.`);
    return summary;
  } finally {
    await prisma.$disconnect();
  }
}
