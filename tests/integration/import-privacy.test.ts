import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeImportPool } from '@/lib/db/pools';
import { getImport } from '@/lib/data/imports/reads';
import { stageUpload } from '@/lib/data/imports/stage';
import { utf8 } from '../support/csv-files';
import { FORBIDDEN_HEADERS } from '../support/privacy';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

// A file whose columns name what Leaven never keeps (DESIGN.md, Privacy): the upload drops them
// before its COPY, so their cells are never staged, not even for the 7 days a staged file waits.

const prisma = testClient();
let org: TSmallOrg;

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
});
afterAll(async () => {
  await closeImportPool();
  await prisma.$disconnect();
});

const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;

describe('columns about immigration status, citizenship, visas, birth and ID numbers', () => {
  it('are dropped before the upload stages anything, however they are spelled', async () => {
    const headers = ['Nombre', 'Correo', ...FORBIDDEN_HEADERS];
    // Each refused cell holds a value found nowhere else: it must not reach any staging table.
    const secret = (i: number) => `secreto-${i}-xq`;
    const rows = [0, 1, 2].map((r) => ['Rosa', `rosa${r}@example.org`, ...FORBIDDEN_HEADERS.map((_, i) => secret(i))]);
    const csv = [headers, ...rows].map((row) => row.map(quote).join(',')).join('\n');
    const { id } = await stageUpload(org.actors.admin, { fileName: 'hoja.csv', bytes: utf8(csv) });

    const staged = await getImport(org.actors.admin, id);
    expect(staged.headers).toEqual(['Nombre', 'Correo']);
    expect(staged.skippedColumns).toEqual(FORBIDDEN_HEADERS);
    const leaked = await prisma.$queryRaw<{ n: bigint }[]>`
      SELECT (SELECT count(*) FROM import_row WHERE array_to_string(cells, '|') LIKE '%secreto-%')
           + (SELECT count(*) FROM import_staged WHERE to_jsonb(import_staged)::text LIKE '%secreto-%') AS n`;
    expect(Number(leaked[0]!.n)).toBe(0);
    const kept = await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM import_row WHERE import_id = ${id}::uuid`;
    expect(Number(kept[0]!.n)).toBe(3);
  });
});
