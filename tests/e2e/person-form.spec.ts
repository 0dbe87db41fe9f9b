import { queryE2e } from './db';
import { expect, pageAs, test } from './fixtures';

async function personAt(offset: number): Promise<{ id: string; phone: string }> {
  const rows = await queryE2e<{ id: string; phone: string }>(
    `SELECT p.id, min(ph.e164) AS phone FROM person p JOIN person_phone ph ON ph.person_id = p.id
      WHERE p.deleted_at IS NULL AND p.given_name IS NOT NULL GROUP BY p.id ORDER BY p.id OFFSET $1 LIMIT 1`,
    [offset],
  );
  return rows[0]!;
}

test('adding a person: a bad phone is shown beside its field, nothing typed is lost, then it saves', async ({ adminPage: page }) => {
  await page.goto('/people/new');
  await page.getByLabel('First name').fill('Xóchitl');
  await page.getByLabel('Family name').fill('Pruebas Nuevas');
  await page.getByLabel('Phone 1').fill('555');
  await page.getByLabel('Notes').fill('Met her at the LSC meeting');
  await page.getByRole('button', { name: 'Add person' }).click();

  await expect(page.locator('#field-phones\\.0\\.e164-error')).toContainText('not a phone number');
  await expect(page.getByLabel('First name')).toHaveValue('Xóchitl');
  await expect(page.getByLabel('Notes')).toHaveValue('Met her at the LSC meeting');

  await page.getByLabel('Phone 1').fill('773 555 0142');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Xóchitl Pruebas Nuevas' })).toBeVisible();
  await expect(page.getByText('(773) 555-0142')).toBeVisible();
});

test('adding someone who shares a phone with a person already in Leaven warns first', async ({ adminPage: page }) => {
  const existing = await personAt(3);
  await page.goto('/people/new');
  await page.getByLabel('Goes by (nickname)').fill('Doña Duplicada');
  await page.getByLabel('Phone 1').fill(existing.phone);
  await page.getByRole('button', { name: 'Add person' }).click();
  const warning = page.getByRole('alert').filter({ hasText: 'may be someone already in Leaven' });
  await expect(warning).toBeVisible();
  await expect(warning.getByRole('link')).toHaveAttribute('href', `/people/${existing.id}`);
  await expect(page.getByLabel('Goes by (nickname)')).toHaveValue('Doña Duplicada');
  await warning.getByRole('button', { name: /save anyway/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Doña Duplicada' })).toBeVisible();
});

test('a concurrent edit is refused without losing anything, and the user can reapply theirs', async ({ browser }) => {
  const { id } = await personAt(7);
  const first = await pageAs(browser, 'ADMIN');
  const alsoAdmin = await pageAs(browser, 'ADMIN');
  await first.goto(`/people/${id}/edit`);
  await alsoAdmin.goto(`/people/${id}/edit`);

  await first.getByLabel('Notes').fill('Saved first: prefers evening calls');
  await first.getByRole('button', { name: 'Save changes' }).click();
  await expect(first).toHaveURL(new RegExp(`/people/${id}$`));

  await alsoAdmin.getByLabel('Notes').fill('Saved second: bring an interpreter');
  await alsoAdmin.getByRole('button', { name: 'Save changes' }).click();
  const conflict = alsoAdmin.getByRole('alert').filter({ hasText: 'Someone else saved changes' });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('Saved first: prefers evening calls');
  await expect(alsoAdmin.getByLabel('Notes')).toHaveValue('Saved second: bring an interpreter');

  await conflict.getByRole('button', { name: 'Save my version' }).click();
  await expect(alsoAdmin).toHaveURL(new RegExp(`/people/${id}$`));
  await expect(alsoAdmin.getByText('Saved second: bring an interpreter')).toBeVisible();
  for (const p of [first, alsoAdmin]) await p.context().close();
});
