// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded server.
import { withDatabaseUrl } from './lib/runtime';
import { migrate } from '../lib/ops/migrate';

await withDatabaseUrl(async (url) => {
  const { applied, total } = await migrate(url, { log: (l) => console.log(l) });
  console.log(applied.length ? `${applied.length} migration(s) applied, ${total} in all.` : `Database is up to date (${total} migrations).`);
});
