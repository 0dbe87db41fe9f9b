import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { detectDelimiter, parseCsv } from '../../lib/import/csv-parse';
import { queryE2e } from './db';
import { expect, pageAs, searchPeopleTable, test } from './fixtures';

// Exports where leadership looks for them: the people table's current view as CSV, and a person or
// a circle as contact cards. Coordinators and members are offered neither (the routes' 404s for
// them are in the authorization matrix).

async function downloaded(page: Page, name: string | RegExp): Promise<{ file: Download; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  return { file, body: readFileSync((await file.path())!) };
}

function csvRows(body: Buffer): Record<string, string>[] {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body).replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  parseCsv(text, detectDelimiter(text), (cells) => void rows.push(cells));
  const [header, ...body_] = rows;
  return body_.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

const exportsSince = (since: Date, type: string, id: string) =>
  queryE2e<{ n: number }>(
    `SELECT count(*)::int AS n FROM audit_event a JOIN app_user u ON u.id = a.actor_user_id
      WHERE a.action = 'EXPORT' AND a.entity_type = $1 AND a.entity_id = $2 AND a.at >= $3 AND u.email = 'admin@example.org'`,
    [type, id, since],
  );

test('leadership filters, searches and sorts the people table, and the CSV holds exactly that view', async ({ adminPage: page }) => {
  // The commonest accented family name among supporters: several people, none of them findable without the accent intact.
  const [pick] = await queryE2e<{ family_name: string }>(
    `SELECT family_name FROM person WHERE deleted_at IS NULL AND ladder_stage = 'SUPPORTER' AND family_name ~ '^[^ ]*[áéíóúñ]'
      GROUP BY family_name HAVING count(*) > 1 ORDER BY count(*) DESC, family_name LIMIT 1`,
  );
  expect(pick, 'the demo has an accented family name shared by supporters').toBeTruthy();
  const family = pick!.family_name;
  const started = new Date();

  await page.goto('/people?size=100');
  await searchPeopleTable(page, family);
  await page.getByText('Filters', { exact: true }).click();
  await page.getByRole('combobox', { name: 'Ladder stage', exact: true }).selectOption({ label: 'Supporter' });
  await expect(page).toHaveURL(/stage=SUPPORTER/);
  await page.getByRole('link', { name: 'Sort by Ward / precinct' }).click();
  await page.getByRole('link', { name: 'Ward / precinct, sorted ascending: sort descending' }).click();
  await expect(page).toHaveURL(/sort=precinct&dir=desc/);

  // The table's rows, in order: what the export must hold.
  const links = page.locator('tbody tr td a[href^="/people/"]');
  await expect(links.first()).toBeVisible();
  const tableIds = (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).map((h) => h.replace('/people/', ''));
  const count = Number((await page.getByTestId('people-count').textContent())!.replace(/\D/g, ''));
  expect(tableIds.length).toBe(count);
  expect(count).toBeGreaterThan(1);

  const exportLink = page.getByRole('link', { name: /^Export CSV/ });
  await expect(exportLink).toContainText(`${count} rows`);
  const { file, body } = await downloaded(page, /^Export CSV/);
  expect(file.suggestedFilename()).toMatch(/^leaven-people-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...body.subarray(0, 3)], 'a UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
  const rows = csvRows(body);
  expect(rows.map((r) => r.leaven_id)).toEqual(tableIds);
  for (const r of rows) {
    expect(r.ladder_stage).toBe('supporter');
    expect(`${r.first_name} ${r.last_name} ${r.preferred_name}`).toContain(family);
  }
  // And nobody left out: every live supporter with that family name is in the file.
  const everyone = await queryE2e<{ id: string }>(`SELECT id FROM person WHERE deleted_at IS NULL AND ladder_stage = 'SUPPORTER' AND family_name = $1`, [family]);
  expect(rows.map((r) => r.leaven_id)).toEqual(expect.arrayContaining(everyone.map((p) => p.id)));
  expect(await exportsSince(started, 'people_csv', String(count))).toEqual([{ n: 1 }]);
});

test('a person’s contact card downloads from their page, and a circle’s from the circle page, in Spanish too', async ({ adminPage: page, browser }) => {
  const [person] = await queryE2e<{ id: string; given_name: string; family_name: string }>(
    `SELECT p.id, p.given_name, p.family_name FROM person p WHERE p.deleted_at IS NULL AND p.preferred_name IS NULL
        AND p.family_name ~ '[áéíóúñ]' AND EXISTS (SELECT 1 FROM person_phone ph WHERE ph.person_id = p.id) ORDER BY p.id LIMIT 1`,
  );
  const started = new Date();
  await page.goto(`/people/${person!.id}`);
  const card = await downloaded(page, 'Download vCard');
  const vcf = card.body.toString('utf8');
  expect(vcf).toMatch(/^BEGIN:VCARD\r\nVERSION:3\.0\r\n/);
  expect(vcf).toContain(`\r\nN:${person!.family_name};${person!.given_name};;;\r\n`);
  expect(vcf).toMatch(/\r\nTEL;TYPE=/);
  expect(card.file.suggestedFilename()).toBe(`${person!.given_name} ${person!.family_name}.vcf`);
  expect(await exportsSince(started, 'person', person!.id)).toEqual([{ n: 1 }]);

  const [circle] = await queryE2e<{ id: string; name: string; members: number }>(
    `SELECT c.id, c.name, count(*)::int AS members FROM circle c JOIN circle_membership m ON m.circle_id = c.id JOIN person p ON p.id = m.person_id
      WHERE c.deleted_at IS NULL AND p.deleted_at IS NULL GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1`,
  );
  const spanish = await pageAs(browser, 'ADMIN', { locale: 'es-MX' });
  await spanish.goto(`/circles/${circle!.id}`);
  const cards = await downloaded(spanish, 'Contactos (vCard)');
  const text = cards.body.toString('utf8');
  expect(text.match(/BEGIN:VCARD\r\n/g)).toHaveLength(circle!.members);
  expect(text.match(/\r\nCATEGORIES:/g)).toHaveLength(circle!.members);
  expect(cards.file.suggestedFilename()).toMatch(/\.vcf$/);
  expect(await exportsSince(started, 'circle', circle!.id)).toEqual([{ n: 1 }]);
  await spanish.context().close();
});

test('coordinators and members are offered no export on the people table, a person or a circle', async ({ coordinatorPage, memberPage }) => {
  const [coord] = await queryE2e<{ circle: string; person: string }>(
    `SELECT s.circle_id AS circle, (SELECT m.person_id FROM circle_membership m JOIN person p ON p.id = m.person_id
                                     WHERE m.circle_id = s.circle_id AND p.deleted_at IS NULL LIMIT 1) AS person
       FROM scope s JOIN app_user u ON u.id = s.user_id WHERE u.email = 'coordinator@example.org' AND s.circle_id IS NOT NULL LIMIT 1`,
  );
  const [member] = await queryE2e<{ person: string; circle: string }>(
    `SELECT u.person_id AS person, (SELECT m.circle_id FROM circle_membership m WHERE m.person_id = u.person_id LIMIT 1) AS circle
       FROM app_user u WHERE u.email = 'member@example.org'`,
  );
  const pages: [Page, string, string][] = [
    [coordinatorPage, '/people', 'People'],
    [coordinatorPage, `/people/${coord!.person}`, ''],
    [coordinatorPage, `/circles/${coord!.circle}`, ''],
    [memberPage, '/people', 'People'],
    [memberPage, `/people/${member!.person}`, ''],
    [memberPage, `/circles/${member!.circle}`, ''],
  ];
  for (const [page, url, heading] of pages) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    // The page has drawn its header (so an absent link is absent, not late).
    await expect(page.getByRole('heading', { level: 1, ...(heading ? { name: heading } : {}) })).toBeVisible();
    await expect(page.getByRole('link', { name: /Export CSV|vCard/ }), url).toHaveCount(0);
    await expect(page.locator('a[href^="/people/export"]'), url).toHaveCount(0);
  }
});
