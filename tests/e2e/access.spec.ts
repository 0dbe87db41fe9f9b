import { queryE2e } from './db';
import { expect, test } from './fixtures';

// A record out of scope answers 404, as if it did not exist.

async function personOutsideMembersReach(): Promise<string> {
  const rows = await queryE2e<{ id: string }>(
    `SELECT p.id FROM person p, app_user u
      WHERE u.email = 'member@example.org' AND p.id <> u.person_id
        AND p.recruited_by_id IS DISTINCT FROM u.person_id AND p.added_by_user_id IS DISTINCT FROM u.id
        AND p.deleted_at IS NULL
      LIMIT 1`,
  );
  return rows[0]!.id;
}

test('a member opens their own profile but gets 404 for anyone else’s, by URL', async ({ memberPage: page }) => {
  await page.goto('/me');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tomás Quintero');
  await expect(page.locator('#main').getByText('member@example.org', { exact: true })).toBeVisible();

  const other = await personOutsideMembersReach();
  const response = await page.goto(`/people/${other}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
});

test('a malformed id is a 404 too, not an error', async ({ adminPage: page }) => {
  const response = await page.goto('/people/not-a-uuid');
  expect(response?.status()).toBe(404);
});

test('leadership opens anyone’s profile from the people list', async ({ adminPage: page }) => {
  await page.goto('/people');
  const first = page.getByRole('table').locator('tbody').getByRole('link').first();
  const name = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
});
