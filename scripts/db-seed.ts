// `npm run db:seed`: migrates, then fills an empty database with the demo organization.
// It refuses any database with real accounts or people in it: demo sign-ins with known
// passwords must never appear beside an organization's real records.
import { createPrismaClient } from '../lib/db/create-client';
import { migrate } from '../lib/ops/migrate';
import { DEMO_LOGINS } from '../prisma/seed/demo-logins';
import { seedDemo } from '../prisma/seed/demo';
import { withDatabaseUrl } from './lib/runtime';

class SeedRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SeedRefused';
  }
}

await withDatabaseUrl(async (url) => {
  const { applied } = await migrate(url, { log: (l) => console.log(l) });
  if (applied.length === 0) console.log('Database schema is up to date.');

  const prisma = createPrismaClient(url, 2);
  try {
    const [realUsers, people] = await Promise.all([prisma.user.count({ where: { isDemo: false } }), prisma.person.count()]);
    if (realUsers > 0) {
      throw new SeedRefused('This database already has real user accounts, so the demo seed will not touch it: seed a fresh, empty database instead.');
    }
    if (people > 0) {
      throw new SeedRefused('This database already holds people, so the demo seed will not add to it: seed a fresh, empty database instead.');
    }

    const summary = await seedDemo(prisma, { log: (l) => console.log(l) });
    console.log('\nDemo organization seeded:');
    for (const [what, count] of Object.entries(summary)) console.log(`  ${what.padEnd(18)} ${count}`);
    console.log('\nDemo sign-ins (for this demo database only):');
    for (const login of DEMO_LOGINS) console.log(`  ${login.role.padEnd(12)} ${login.email.padEnd(26)} ${login.password}`);
  } finally {
    await prisma.$disconnect();
  }
});
