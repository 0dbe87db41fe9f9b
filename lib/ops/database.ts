import pg from 'pg';

// Administrative helpers over a PostgreSQL URL: reachability with a clear message, and
// creating and dropping databases (tests give each run, and each test file, its own).

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

/** Turns a driver error into one sentence that says what to do. */
export function explainConnectionError(url: string, e: unknown): string {
  const err = e as { code?: string; message?: string };
  let where = url;
  try {
    const u = new URL(url);
    where = `${u.hostname}:${u.port || 5432}`;
  } catch {
    return 'DATABASE_URL is not a valid URL: it should look like postgresql://user:password@host:5432/leaven.';
  }
  switch (err.code) {
    case 'ECONNREFUSED':
      return `No PostgreSQL server answers at ${where}: start it, or unset DATABASE_URL to use the embedded one.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `The database host in DATABASE_URL (${where}) cannot be found: check its spelling.`;
    case '28P01':
    case '28000':
      return `PostgreSQL at ${where} refused the user name or password in DATABASE_URL: check them.`;
    case '3D000':
      return `The database named in DATABASE_URL does not exist on ${where}: create it (createdb ${databaseName(url)}) and start again.`;
    default:
      return `Cannot connect to PostgreSQL at ${where}: ${err.message ?? String(e)}`;
  }
}

export async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (e) {
    throw new Error(explainConnectionError(url, e));
  } finally {
    await client.end().catch(() => undefined);
  }
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Runs fn on a connection of its own to url, closed afterwards. */
export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createDatabase(adminUrl: string, name: string, template?: string): Promise<string> {
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}${template ? ` TEMPLATE ${quoteIdent(template)}` : ''}`));
  return withDatabase(adminUrl, name);
}

export async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  await withClient(adminUrl, async (c) => {
    const found = await c.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await c.query(`CREATE DATABASE ${quoteIdent(name)}`);
  });
  return withDatabase(adminUrl, name);
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}
