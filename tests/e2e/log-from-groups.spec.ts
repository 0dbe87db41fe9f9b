import { queryE2e } from './db';
import { expect, test } from './fixtures';

// "Log an interaction in a few taps from a person, circle or organization page."

async function coordinatorsOwn(kind: 'circle' | 'organization'): Promise<string> {
  const rows = await queryE2e<{ id: string }>(
    `SELECT ${kind}_id AS id FROM scope s JOIN app_user u ON u.id = s.user_id
      WHERE u.email = 'coordinator@example.org' AND s.${kind}_id IS NOT NULL ORDER BY 1 LIMIT 1`,
  );
  return rows[0]!.id;
}

test('a coordinator logs a meeting from their circle’s page and sees it in its recent contact', async ({ coordinatorPage: page }) => {
  await page.goto(`/circles/${await coordinatorsOwn('circle')}`);
  await page.getByRole('button', { name: 'Log an interaction' }).click();
  const form = page.getByRole('form', { name: 'Log an interaction' });
  await form.getByLabel('Summary').fill('Circle meeting: planned the bus to Springfield (e2e)');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Circle meeting: planned the bus to Springfield (e2e)')).toBeVisible();
});

test('a coordinator logs a call with an allied organization from its page', async ({ coordinatorPage: page }) => {
  await page.goto(`/organizations/${await coordinatorsOwn('organization')}`);
  await page.getByRole('button', { name: 'Log an interaction' }).click();
  const form = page.getByRole('form', { name: 'Log an interaction' });
  await form.getByLabel('Summary').fill('Called their organizer about the joint forum (e2e)');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Called their organizer about the joint forum (e2e)')).toBeVisible();
});
