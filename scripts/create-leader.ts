// `npm run create-leader`: the first leadership account of a real organization, on a database
// with no accounts yet. Reads LEAVEN_LEADER_EMAIL and LEAVEN_LEADER_PASSWORD, or asks.
import { createInterface } from 'node:readline/promises';
import { hashPassword } from '../lib/data/account/password';
import { createPrismaClient } from '../lib/db/create-client';
import { migrate } from '../lib/ops/migrate';
import { ZEmail, ZNewPassword } from '../lib/validation/auth';
import { databaseContents } from './lib/demo';
import { withDatabaseUrl } from './lib/runtime';

const refuse = (message: string) => Object.assign(new Error(message), { name: 'StartError' });

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

await withDatabaseUrl(async (url) => {
  await migrate(url);
  const contents = await databaseContents(url);
  if (contents.realUsers > 0) throw refuse('This database already has accounts: add more leaders from the Users page.');
  if (contents.users > 0) {
    throw refuse('This database holds the demo organization and its known passwords. Start from an empty database: set DATABASE_URL to a new one, or, for the embedded one, stop Leaven and move its data folder (.leaven/, or LEAVEN_DATA_DIR) aside.');
  }
  const email = ZEmail.safeParse(process.env.LEAVEN_LEADER_EMAIL ?? (await ask('Email of the first leader: ')));
  if (!email.success) throw refuse('That is not an email address.');
  const password = ZNewPassword.safeParse(process.env.LEAVEN_LEADER_PASSWORD ?? (await ask('Password (at least 12 characters): ')));
  if (!password.success) throw refuse('The password must have at least 12 characters.');

  const prisma = createPrismaClient(url, 2);
  try {
    await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email: email.data, role: 'ADMIN', passwordHash: await hashPassword(password.data) } });
      await tx.auditEvent.create({ data: { actorUserId: user.id, action: 'CREATE', entityType: 'user', entityId: user.id, changedFields: ['email', 'role', 'passwordHash'] } });
    });
  } finally {
    await prisma.$disconnect();
  }
  console.log(`Leader account ${email.data} created. Start Leaven with \`npm start\` and sign in.`);
});
