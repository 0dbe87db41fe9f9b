import { randomInt } from 'node:crypto';
import { queryE2e } from './db';
import { expect, pageAs, test } from './fixtures';

// What people typed and imported stays exactly as they wrote it (issue 18): two edits of one
// person both survive a conflict, a Windows-1252 file keeps its curly quotes, a whole first name
// typed without its accent finds that name first, and a name over its limit is refused aloud.

test('after an edit conflict, "Save my version" keeps both edits: their City and my Pronouns', async ({ browser }) => {
  const [person] = await queryE2e<{ id: string }>(
    `SELECT id FROM person WHERE deleted_at IS NULL AND given_name IS NOT NULL AND city IS NULL AND pronouns IS NULL
      ORDER BY id DESC OFFSET 5 LIMIT 1`,
  );
  const id = person!.id;
  const a = await pageAs(browser, 'ADMIN');
  const b = await pageAs(browser, 'ADMIN');
  await a.goto(`/people/${id}/edit`);
  await b.goto(`/people/${id}/edit`);

  await a.getByLabel('City').fill('Cicero');
  await a.getByRole('button', { name: 'Save changes' }).click();
  await expect(a).toHaveURL(new RegExp(`/people/${id}$`));

  await b.getByLabel('Pronouns').fill('she/her');
  await b.getByRole('button', { name: 'Save changes' }).click();
  const conflict = b.getByRole('alert').filter({ hasText: 'Someone else saved changes' });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole('row', { name: /City/ })).toContainText('Cicero');
  // The form shows what is saved now where B changed nothing, and B's own change where B did.
  await expect(b.getByLabel('City')).toHaveValue('Cicero');
  await expect(b.getByLabel('Pronouns')).toHaveValue('she/her');

  await conflict.getByRole('button', { name: 'Save my version' }).click();
  await expect(b).toHaveURL(new RegExp(`/people/${id}$`));
  await expect(b.getByText('she/her')).toBeVisible();
  await expect(b.getByText(/Cicero/)).toBeVisible();
  const [saved] = await queryE2e<{ city: string | null; pronouns: string | null }>('SELECT city, pronouns FROM person WHERE id = $1', [id]);
  expect(saved).toEqual({ city: 'Cicero', pronouns: 'she/her' });
  for (const p of [a, b]) await p.context().close();
});

test('a Windows-1252 file keeps D’Angelo’s apostrophe and “quotes” exactly', async ({ adminPage: page }) => {
  test.setTimeout(90_000);
  const tag = randomInt(1e9).toString(36);
  const text = ['Nombre;Apellido;Correo;Dirección', `Rosa;D’Angelo ${tag};rosa.${tag}@example.org;La Casa “Azul” – 2710 S Millard`].join('\r\n');
  // Windows-1252: ’ is 0x92, “ ” are 0x93 0x94, – is 0x96; everything else here is Latin-1.
  const cp1252: Record<string, number> = { '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96 };
  const bytes = Buffer.from([...text].map((c) => cp1252[c] ?? c.charCodeAt(0)));

  await page.goto('/imports');
  await page.getByLabel('CSV file').setInputFiles({ name: 'excel.csv', mimeType: 'text/csv', buffer: bytes });
  await page.getByRole('button', { name: 'Upload and preview' }).click();
  await page.getByRole('button', { name: 'Check all 1 row' }).click();
  await page.getByRole('button', { name: 'Import 1 person' }).click({ timeout: 30_000 });
  await expect(page.getByText('1 person added, 0 updated.')).toBeVisible({ timeout: 30_000 });

  const [saved] = await queryE2e<{ family_name: string; street: string }>(
    'SELECT p.family_name, p.street FROM person p JOIN person_email e ON e.person_id = p.id WHERE e.email = $1',
    [`rosa.${tag}@example.org`],
  );
  expect(saved).toEqual({ family_name: `D’Angelo ${tag}`, street: 'La Casa “Azul” – 2710 S Millard' });
});

test('typing "jose" in the search box suggests a José first', async ({ adminPage: page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Search people, circles and organizations' }).fill('jose');
  const first = page.getByRole('option').first();
  await expect(first).toBeVisible();
  await expect(first.locator('span').first()).toHaveText(/^José\s/);
  // The search page ranks the same way.
  await page.goto('/search?q=jose');
  await expect(page.locator('main a[href^="/people/"]').first()).toHaveText(/^José\s/);
});

test('a circle name of 121 characters gets a message, not a silent cut', async ({ adminPage: page }) => {
  const name = `Comité ${randomInt(1e9).toString(36)} `.padEnd(121, 'x');
  await page.goto('/circles/new');
  await page.getByLabel('Name').fill(name);
  await expect(page.getByLabel('Name')).toHaveValue(name);
  await page.getByRole('button', { name: 'Create circle' }).click();
  await expect(page.locator('#field-name-error')).toContainText('120 characters');
  await expect(page).toHaveURL(/\/circles\/new$/);
  const [count] = await queryE2e<{ n: number }>('SELECT count(*)::int AS n FROM circle WHERE name LIKE $1', [`${name.slice(0, 16)}%`]);
  expect(count!.n).toBe(0);
});

test('an organization edited by two leaders keeps their closeness (a select) and my notes', async ({ browser }) => {
  const [org] = await queryE2e<{ id: string; closeness: string }>(`SELECT id, closeness FROM organization WHERE deleted_at IS NULL AND closeness <> 'DISTANT' ORDER BY id DESC LIMIT 1`);
  const a = await pageAs(browser, 'ADMIN');
  const b = await pageAs(browser, 'ADMIN');
  await a.goto(`/organizations/${org!.id}/edit`);
  await b.goto(`/organizations/${org!.id}/edit`);
  await a.getByLabel('Closeness').selectOption('DISTANT');
  await a.getByRole('button', { name: 'Save changes' }).click();
  await expect(a).toHaveURL(new RegExp(`/organizations/${org!.id}$`));

  await b.getByLabel('Where we agree').fill('Rent control, and tenant unions in every building');
  await b.getByRole('button', { name: 'Save changes' }).click();
  const conflict = b.getByRole('alert').filter({ hasText: 'Someone else saved changes here' });
  await expect(conflict.getByRole('row', { name: /Closeness/ })).toContainText('Distant');
  await expect(b.getByLabel('Closeness')).toHaveValue('DISTANT');
  await conflict.getByRole('button', { name: 'Save my version' }).click();
  await expect(b).toHaveURL(new RegExp(`/organizations/${org!.id}$`));
  const [saved] = await queryE2e<{ closeness: string; agreement_notes: string }>('SELECT closeness, agreement_notes FROM organization WHERE id = $1', [org!.id]);
  expect(saved).toEqual({ closeness: 'DISTANT', agreement_notes: 'Rent control, and tenant unions in every building' });
  for (const p of [a, b]) await p.context().close();
});
