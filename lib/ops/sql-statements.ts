// A migration file cut into its top-level statements, as PostgreSQL would read them: semicolons
// inside quotes, quoted names, dollar-quoted bodies, comments and SQL-standard function bodies
// (BEGIN ATOMIC … END) do not end a statement. The runner needs this to run a no-transaction
// migration one statement at a time, and to find a BEGIN or COMMIT of the file's own.

const WORD = /[A-Za-z_][A-Za-z0-9_$]*/y;
const DOLLAR_TAG = /\$([A-Za-z_][A-Za-z0-9_]*)?\$/y;

/** The end of the quoted text that starts at `start` (a ' or "), doubled quotes included. */
function endOfQuoted(sql: string, start: number, backslashEscapes: boolean): number {
  const quote = sql[start]!;
  let i = start + 1;
  while (i < sql.length) {
    const c = sql[i]!;
    if (backslashEscapes && c === '\\') i += 2;
    else if (c === quote && sql[i + 1] === quote) i += 2;
    else if (c === quote) return i + 1;
    else i++;
  }
  return sql.length;
}

function endOfBlockComment(sql: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < sql.length) {
    if (sql.startsWith('/*', i)) {
      depth++;
      i += 2;
    } else if (sql.startsWith('*/', i)) {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else i++;
  }
  return sql.length;
}

/** The statements of `sql`, each trimmed, comments kept; empty and comment-only ones dropped. */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let i = 0;
  // Inside a BEGIN ATOMIC body, CASE and BEGIN open and END closes; semicolons there belong to it.
  let atomicDepth = 0;
  let previousWord = '';
  const push = (end: number) => {
    const text = sql.slice(start, end).trim();
    if (stripComments(text)) statements.push(text);
  };
  while (i < sql.length) {
    const c = sql[i]!;
    if (c === "'" || c === '"') {
      const escapes = c === "'" && i > 0 && /[eE]/.test(sql[i - 1]!) && !/[A-Za-z0-9_]/.test(sql[i - 2] ?? '');
      i = endOfQuoted(sql, i, escapes);
    } else if (sql.startsWith('--', i)) {
      const nl = sql.indexOf('\n', i);
      i = nl < 0 ? sql.length : nl + 1;
    } else if (sql.startsWith('/*', i)) {
      i = endOfBlockComment(sql, i);
    } else if (c === '$') {
      DOLLAR_TAG.lastIndex = i;
      const tag = DOLLAR_TAG.exec(sql);
      if (tag) {
        const close = sql.indexOf(tag[0], i + tag[0].length);
        i = close < 0 ? sql.length : close + tag[0].length;
      } else i++;
    } else if (/[A-Za-z_]/.test(c) && !/[A-Za-z0-9_$]/.test(sql[i - 1] ?? '')) {
      WORD.lastIndex = i;
      const word = WORD.exec(sql)![0].toUpperCase();
      if (atomicDepth > 0 && (word === 'CASE' || word === 'BEGIN')) atomicDepth++;
      else if (atomicDepth > 0 && word === 'END') atomicDepth--;
      else if (word === 'ATOMIC' && previousWord === 'BEGIN') atomicDepth = 1;
      previousWord = word;
      i += word.length;
    } else if (c === ';' && atomicDepth === 0) {
      push(i);
      start = i + 1;
      i++;
    } else i++;
  }
  push(sql.length);
  return statements;
}

/** The statement without its comments (quotes left as they are), for reading its first words. */
export function stripComments(statement: string): string {
  return statement
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/--[^\n]*/g, ' ')
    .trim();
}

const TRANSACTION_CONTROL = /^(BEGIN|START\s+TRANSACTION|COMMIT|END|ROLLBACK|ABORT|SAVEPOINT|RELEASE|PREPARE\s+TRANSACTION)\b/i;

/** The file's own transaction statements (BEGIN, COMMIT, …) at top level, as written. */
export function transactionControl(sql: string): string[] {
  return splitStatements(sql)
    .map(stripComments)
    .filter((s) => TRANSACTION_CONTROL.test(s))
    .map((s) => s.split(/\s+/).slice(0, 2).join(' '));
}
