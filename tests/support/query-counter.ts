import pg from 'pg';

// Counts the SQL statements sent to PostgreSQL, at the driver: every `query` a pg client sends
// is one round trip, whatever the ORM above it does. Used to hold pages to a fixed number.

type TQuery = (...args: unknown[]) => unknown;

export function countQueries() {
  const proto = pg.Client.prototype as unknown as { query: TQuery };
  const original = proto.query;
  const seen: string[] = [];
  proto.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0];
    seen.push(typeof first === 'string' ? first : String((first as { text?: string } | undefined)?.text ?? '?'));
    return original.apply(this, args);
  };
  return {
    get count() {
      return seen.length;
    },
    statements: seen,
    reset: () => void (seen.length = 0),
    stop: () => void (proto.query = original),
  };
}
