import { queryE2e } from './db';
import { expect, test } from './fixtures';

// No save changes a field its user did not touch, and nobody gets a door that is not theirs.

test('editing an Arabic speaker’s notes keeps Arabic as their language', async ({ adminPage: page }) => {
  const [speaker] = await queryE2e<{ id: string }>(
    `SELECT id FROM person WHERE preferred_language = 'ar' AND deleted_at IS NULL AND id NOT IN (SELECT person_id FROM app_user WHERE person_id IS NOT NULL) ORDER BY id LIMIT 1`,
  );
  await page.goto(`/people/${speaker!.id}/edit`);
  const language = page.getByLabel('Language', { exact: true });
  await expect(language).toHaveValue('ar');
  await expect(language.locator('option:checked')).toHaveText('Arabic');
  const note = `Prefers a call after Maghrib (${Date.now()})`;
  await page.getByLabel('Notes').fill(note);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/people/${speaker!.id}$`));
  const [saved] = await queryE2e<{ preferred_language: string; notes: string }>('SELECT preferred_language, notes FROM person WHERE id = $1', [speaker!.id]);
  expect(saved).toEqual({ preferred_language: 'ar', notes: note });
});

test('a member adds people through “My people” only: the leadership form is not there for them', async ({ memberPage: page }) => {
  expect((await page.goto('/people/new'))?.status()).toBe(404);
  await page.goto('/people');
  await expect(page.locator('a[href="/people/new"]')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Add a person' })).toHaveAttribute('href', '/me/people/new');
});

test('a circle name past its limit is refused with a message beside it, not cut short', async ({ adminPage: page }) => {
  await page.goto('/circles/new');
  const name = `Club de oriundos de San Juan Bautista Coixtlahuaca y sus alrededores, Oaxaca, México, con sede en el barrio de Pilsen ${Date.now()}`;
  expect(name.length).toBeGreaterThan(120);
  await page.getByLabel('Name').fill(name);
  await expect(page.getByLabel('Name')).toHaveValue(name);
  await page.getByRole('button', { name: 'Create circle' }).click();
  await expect(page.locator('#field-name-error')).toHaveText('This is too long: at most 120 characters. Nothing was cut; shorten it and save again.');
  await expect(page.getByLabel('Name')).toHaveValue(name);
  expect(await queryE2e('SELECT 1 FROM circle WHERE name LIKE $1', [`${name.slice(0, 60)}%`])).toEqual([]);

  // The same for an allied organization's name.
  await page.goto('/organizations/new');
  const longer = `${name} — Comité de Vecinos Unidos por la Vivienda Digna`;
  expect(longer.length).toBeGreaterThan(160);
  await page.getByLabel('Name').fill(longer);
  await page.getByRole('button', { name: 'Create organization' }).click();
  await expect(page.locator('#field-name-error')).toHaveText('This is too long: at most 160 characters. Nothing was cut; shorten it and save again.');
  await expect(page.getByLabel('Name')).toHaveValue(longer);
});
