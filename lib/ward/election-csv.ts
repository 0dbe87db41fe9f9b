// Parses an election-results CSV: one line per precinct with its ward, precinct, registered
// voters, ballots cast, and any number of named vote columns ("Garza", "Yes on 3"). The whole
// file is checked before anything is written: the first problem found refuses the file, with
// its line number and the reason (a catalog key under `electionImport.errors`).

export const REQUIRED_COLUMNS = ['ward', 'precinct', 'registered', 'ballots'] as const;
export const MAX_ROWS = 20_000;
const MAX_VOTE_COLUMNS = 40;

export type TElectionRow = { line: number; ward: number; precinct: number; registered: number; ballots: number; votes: number[] };
export type TCsvError = {
  line: number;
  reason: 'empty' | 'missingColumn' | 'duplicateColumn' | 'tooManyColumns' | 'fieldCount' | 'notANumber' | 'ballotsOverRegistered' | 'votesOverBallots' | 'duplicatePrecinct' | 'unclosedQuote' | 'tooManyRows';
  column?: string;
};
export type TParsedElection = { ok: true; voteColumns: string[]; rows: TElectionRow[] } | { ok: false; error: TCsvError };

/** RFC 4180 records with the line each starts on; quoted fields may hold commas, quotes and newlines. */
export function csvRecords(text: string): { records: { line: number; fields: string[] }[] } | { unclosedAt: number } {
  const src = text.replace(/^\uFEFF/, '');
  const records: { line: number; fields: string[] }[] = [];
  let line = 1;
  let start = 1;
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  let quoteLine = 0;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0]!.trim() === '')) records.push({ line: start, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field.trim() === '') {
      quoted = true;
      quoteLine = line;
      field = '';
    } else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else field += ch;
  }
  if (quoted) return { unclosedAt: quoteLine };
  if (field !== '' || fields.length) endRecord();
  return { records };
}

const norm = (h: string) => h.trim().toLowerCase();
const INT = /^\d{1,9}$/;

export function parseElectionCsv(text: string): TParsedElection {
  const parsed = csvRecords(text);
  if ('unclosedAt' in parsed) return { ok: false, error: { line: parsed.unclosedAt, reason: 'unclosedQuote' } };
  const [header, ...body] = parsed.records;
  if (!header) return { ok: false, error: { line: 1, reason: 'empty' } };
  const names = header.fields.map((h) => h.trim());
  const seen = new Set<string>();
  for (const n of names) {
    if (n === '' || seen.has(norm(n))) return { ok: false, error: { line: header.line, reason: 'duplicateColumn', column: n } };
    seen.add(norm(n));
  }
  const index = Object.fromEntries(REQUIRED_COLUMNS.map((c) => [c, names.findIndex((n) => norm(n) === c)])) as Record<(typeof REQUIRED_COLUMNS)[number], number>;
  for (const c of REQUIRED_COLUMNS) if (index[c] < 0) return { ok: false, error: { line: header.line, reason: 'missingColumn', column: c } };
  const voteIdx = names.map((_, i) => i).filter((i) => !Object.values(index).includes(i));
  if (voteIdx.length > MAX_VOTE_COLUMNS) return { ok: false, error: { line: header.line, reason: 'tooManyColumns' } };
  if (body.length === 0) return { ok: false, error: { line: header.line + 1, reason: 'empty' } };
  if (body.length > MAX_ROWS) return { ok: false, error: { line: body[MAX_ROWS]!.line, reason: 'tooManyRows' } };

  const rows: TElectionRow[] = [];
  const keys = new Set<string>();
  for (const { line, fields } of body) {
    if (fields.length !== names.length) return { ok: false, error: { line, reason: 'fieldCount' } };
    const num = (i: number): number | TCsvError => {
      const raw = fields[i]!.trim().replace(/(\d),(?=\d{3}\b)/g, '$1');
      return INT.test(raw) ? Number(raw) : { line, reason: 'notANumber', column: names[i] };
    };
    const values = [index.ward, index.precinct, index.registered, index.ballots, ...voteIdx].map(num);
    const bad = values.find((v): v is TCsvError => typeof v !== 'number');
    if (bad) return { ok: false, error: bad };
    const [ward, precinct, registered, ballots, ...votes] = values as number[];
    if (ballots! > registered!) return { ok: false, error: { line, reason: 'ballotsOverRegistered' } };
    if (votes.some((v) => v > ballots!)) return { ok: false, error: { line, reason: 'votesOverBallots' } };
    const key = `${ward}-${precinct}`;
    if (keys.has(key)) return { ok: false, error: { line, reason: 'duplicatePrecinct' } };
    keys.add(key);
    rows.push({ line, ward: ward!, precinct: precinct!, registered: registered!, ballots: ballots!, votes });
  }
  return { ok: true, voteColumns: voteIdx.map((i) => names[i]!), rows };
}
