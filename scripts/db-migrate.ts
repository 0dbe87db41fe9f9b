// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded server.
// `npm run db:migrate -- --status`: lists every migration and its state, applies nothing; exits 1
// when the database is not up to date (as `prisma migrate status` does).
import { withDatabaseUrl } from './lib/runtime';
import { migrate, migrationStatus } from '../lib/ops/migrate';

await withDatabaseUrl(async (url) => {
  if (process.argv.includes('--status')) {
    const status = await migrationStatus(url);
    for (const { name, state } of status) console.log(`${state.padEnd(12)} ${name}`);
    const behind = status.filter((m) => m.state !== 'applied');
    console.log(behind.length ? `\n${behind.length} of ${status.length} migration(s) not applied as they are in the files.` : `\nDatabase is up to date (${status.length} migrations).`);
    process.exitCode = behind.length ? 1 : 0;
    return;
  }
  const { applied, total } = await migrate(url, { log: (l) => console.log(l) });
  console.log(applied.length ? `${applied.length} migration(s) applied, ${total} in all.` : `Database is up to date (${total} migrations).`);
});
