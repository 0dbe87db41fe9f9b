import { describe, expect, it } from 'vitest';
import { splitStatements, transactionControl } from '@/lib/ops/sql-statements';

describe('a migration cut into statements', () => {
  it('ends a statement only at a top-level semicolon', () => {
    const sql = [
      "INSERT INTO t VALUES ('a;b', 'it''s; fine', E'back\\'; slash');",
      'CREATE TABLE "odd;name" (id int); -- a comment; with a semicolon',
      '/* block; /* nested; */ still comment; */ SELECT 1;',
      "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $body$ BEGIN RETURN 1; END; $body$;",
      "DO $$ BEGIN PERFORM 1; END $$;",
      'CREATE FUNCTION g(a int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN a > 0 THEN 1 ELSE 2 END; SELECT a; END;',
      'SELECT $1::int',
    ].join('\n');
    const statements = splitStatements(sql);
    expect(statements).toHaveLength(7);
    expect(statements[0]).toBe("INSERT INTO t VALUES ('a;b', 'it''s; fine', E'back\\'; slash')");
    expect(statements[5]).toMatch(/^CREATE FUNCTION g.*SELECT a; END$/);
    expect(statements[6]).toBe('SELECT $1::int');
  });

  it('drops empty and comment-only statements', () => {
    expect(splitStatements(';;\n-- only a comment\n;/* and another */')).toEqual([]);
  });

  it("finds the file's own transaction statements, not BEGIN/END inside bodies", () => {
    expect(transactionControl('BEGIN;\nCREATE TABLE a (id int);\nCOMMIT;')).toEqual(['BEGIN', 'COMMIT']);
    expect(transactionControl('start transaction isolation level serializable; select 1; end;')).toEqual(['start transaction', 'end']);
    expect(transactionControl('-- note\nROLLBACK;')).toEqual(['ROLLBACK']);
    expect(transactionControl("DO $$ BEGIN RAISE NOTICE 'x'; END $$;\nCREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;")).toEqual([]);
    expect(transactionControl("SELECT 'BEGIN; COMMIT;'; CREATE TABLE begin_at (id int);")).toEqual([]);
  });
});
