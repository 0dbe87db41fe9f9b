import { queryE2e } from './db';
import { expect, test } from './fixtures';

async function twoPeople(offset: number) {
  return queryE2e<{ id: string; name: string }>(
    `SELECT id, concat_ws(' ', coalesce(preferred_name, given_name), family_name) AS name FROM person
      WHERE deleted_at IS NULL AND given_name IS NOT NULL AND id NOT IN (SELECT person_id FROM app_user WHERE person_id IS NOT NULL)
      ORDER BY id DESC OFFSET $1 LIMIT 2`,
    [offset],
  );
}

test('leadership merges a duplicate: the chosen values stay, the duplicate’s record is gone', async ({ adminPage: page }) => {
  const [keep, drop] = await twoPeople(10);
  await page.goto(`/people/merge?a=${keep!.id}&b=${drop!.id}`);
  await expect(page.getByRole('heading', { name: 'Merge two records' })).toBeVisible();
  const familyRow = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Family name' }) });
  await familyRow.getByRole('radio').nth(1).check();
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/people/${keep!.id}$`));
  const dropFamily = drop!.name.split(' ').slice(1).join(' ');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(dropFamily);
  const gone = await page.goto(`/people/${drop!.id}`);
  expect(gone?.status()).toBe(404);
});

test('deleting moves a person to the trash, and leadership restores them', async ({ adminPage: page }) => {
  const [person] = await twoPeople(40);
  await page.goto(`/people/${person!.id}/edit`);
  await page.getByText('Delete this person').click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page).toHaveURL(/\/people$/);
  expect((await page.goto(`/people/${person!.id}`))?.status()).toBe(404);

  await page.goto('/people/trash');
  const row = page.getByRole('row').filter({ hasText: person!.name });
  await row.getByRole('button', { name: 'Restore' }).click();
  await expect(row).toHaveCount(0);
  expect((await page.goto(`/people/${person!.id}`))?.status()).toBe(200);
});

test('coordinators reach neither the merge nor the trash', async ({ coordinatorPage: page }) => {
  const [a, b] = await twoPeople(60);
  expect((await page.goto(`/people/merge?a=${a!.id}&b=${b!.id}`))?.status()).toBe(404);
  expect((await page.goto('/people/trash'))?.status()).toBe(404);
});
