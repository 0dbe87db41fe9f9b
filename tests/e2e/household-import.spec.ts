import { randomInt } from 'node:crypto';
import { queryE2e } from './db';
import { expect, test } from './fixtures';

// Families share a phone or an email: a shared one with a clearly different name is another
// person, linked to the first as family, never folded into them (issue 12, item 2).

test('a household file: a shared phone or email with a different name imports a second person, linked as family', async ({ adminPage: page }) => {
  test.setTimeout(90_000);
  const tag = randomInt(1e9).toString(36);
  const phone = `(773) ${randomInt(200, 999)}-${String(randomInt(10_000)).padStart(4, '0')}`;
  // Someone already in Leaven whose email a relative in the file shares.
  const [relative] = await queryE2e<{ id: string; email: string; name: string }>(
    `SELECT p.id, e.email, p.given_name || ' ' || p.family_name AS name FROM person p JOIN person_email e ON e.person_id = p.id
      WHERE p.deleted_at IS NULL AND p.given_name IS NOT NULL AND p.family_name IS NOT NULL AND p.preferred_name IS NULL AND p.given_name NOT ILIKE 'ram%'
        AND p.id NOT IN (SELECT person_id FROM app_user WHERE person_id IS NOT NULL)
      ORDER BY p.id OFFSET 17 LIMIT 1`,
  );
  const csv = [
    'Nombre;Apellido;Teléfono;Correo',
    `Martín;Gómez ${tag};${phone};martin.${tag}@example.org`,
    `Araceli;Gómez ${tag};${phone};`,
    `Ramón;Ruiz ${tag};;${relative!.email}`,
  ].join('\r\n');
  await page.goto('/imports');
  await page.getByLabel('CSV file').setInputFiles({ name: 'familias.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Upload and preview' }).click();
  await page.getByRole('button', { name: 'Check all 3 rows' }).click();
  await expect(page.getByRole('heading', { name: 'Ready to import' })).toBeVisible({ timeout: 30_000 });

  // The review names each pair, and offers to merge them instead.
  const pairs = page.getByRole('region', { name: /Same phone or email, different names/ });
  await expect(pairs.getByRole('listitem').filter({ hasText: `Araceli Gómez ${tag}` })).toContainText(`Martín Gómez ${tag}`);
  await expect(pairs.getByRole('listitem').filter({ hasText: `Ramón Ruiz ${tag}` })).toContainText(relative!.name);
  await expect(pairs.getByRole('checkbox', { name: /Same person/ })).toHaveCount(2);
  await expect(page.getByText('New people', { exact: true }).locator('..')).toContainText('3');

  await page.getByRole('button', { name: 'Import 3 people' }).click();
  await expect(page.getByText('3 people added, 0 updated.')).toBeVisible({ timeout: 30_000 });

  const people = await queryE2e<{ id: string; given_name: string }>(
    `SELECT id, given_name FROM person WHERE family_name IN ($1, $2) ORDER BY given_name`,
    [`Gómez ${tag}`, `Ruiz ${tag}`],
  );
  expect(people.map((p) => p.given_name)).toEqual(['Araceli', 'Martín', 'Ramón']);
  const id = (name: string) => people.find((p) => p.given_name === name)!.id;
  const family = await queryE2e<{ a: string; b: string }>(
    `SELECT person_a_id AS a, person_b_id AS b FROM relationship WHERE kind = 'FAMILY' AND (person_a_id = ANY ($1::uuid[]) OR person_b_id = ANY ($1::uuid[]))`,
    [people.map((p) => p.id)],
  );
  const pair = (x: string, y: string) => [x, y].sort().join(' ');
  expect(family.map((r) => pair(r.a, r.b)).sort()).toEqual([pair(id('Araceli'), id('Martín')), pair(id('Ramón'), relative!.id)].sort());
  // Both keep the shared phone; the relative already in Leaven keeps their own name.
  expect(await queryE2e(`SELECT 1 FROM person_phone WHERE person_id = ANY ($1::uuid[])`, [[id('Araceli'), id('Martín')]])).toHaveLength(2);
  const [kept] = await queryE2e<{ name: string }>(`SELECT given_name || ' ' || family_name AS name FROM person WHERE id = $1`, [relative!.id]);
  expect(kept!.name).toBe(relative!.name);

  // The undo takes the links with the people it created.
  await page.getByRole('button', { name: 'Undo this import' }).click();
  await expect(page.getByText(/This import was undone/)).toBeVisible();
  const ids = people.map((p) => p.id);
  expect(await queryE2e(`SELECT 1 FROM person WHERE id = ANY ($1::uuid[])`, [ids])).toEqual([]);
  expect(await queryE2e(`SELECT 1 FROM relationship WHERE person_a_id = ANY ($1::uuid[]) OR person_b_id = ANY ($1::uuid[])`, [ids])).toEqual([]);
});
