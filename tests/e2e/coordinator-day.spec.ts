import { dayOf, DEFAULT_TIME_ZONE } from '../../lib/format/dates';
import { COORD_SCOPE } from './authz/records';
import { queryE2e } from './db';
import { expect, searchPeopleTable, test } from './fixtures';

// Issue 3's "coordinator's day", end to end: find a person by typing part of the name without its
// accent, open the profile, add them to a circle, log a one-on-one with a follow-up, see it in
// "My follow-ups".

const plain = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '');

test('a coordinator’s day: find, open, add to a circle, log a one-on-one, follow up', async ({ coordinatorPage: page }) => {
  test.setTimeout(90_000);
  const [circle] = await queryE2e<{ id: string; name: string }>(
    `SELECT c.id, c.name FROM circle c JOIN scope s ON s.circle_id = c.id JOIN app_user u ON u.id = s.user_id
      WHERE u.email = 'coordinator@example.org' ORDER BY c.name LIMIT 1`,
  );
  const [person] = await queryE2e<{ id: string; given_name: string; family_name: string }>(
    `SELECT p.id, p.given_name, p.family_name FROM person p
      WHERE p.id IN ${COORD_SCOPE} AND p.preferred_name IS NULL AND p.given_name IS NOT NULL
        AND p.family_name ~ '[áéíóúñ]' AND p.family_name !~ ' '
        AND p.id NOT IN (SELECT person_id FROM circle_membership WHERE circle_id = $1)
      ORDER BY p.id DESC LIMIT 1`,
    [circle!.id],
  );
  expect(person, 'the demo coordinator has someone with an accented name outside one of their circles').toBeTruthy();
  const name = `${person!.given_name} ${person!.family_name}`;

  // Find them by typing without the accent, and open the profile.
  await page.goto('/people');
  await searchPeopleTable(page, `${plain(person!.given_name).toLowerCase()} ${plain(person!.family_name).toLowerCase()}`);
  await page.locator(`a[href="/people/${person!.id}"]`).first().click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  // Add them to the circle, from the circle's page.
  await page.goto(`/circles/${circle!.id}`);
  await page.getByRole('combobox', { name: 'Person' }).fill(plain(name).toLowerCase());
  await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(`${name} is now in the circle.`);

  // Back on the profile, the circle shows; log a one-on-one with a follow-up for today.
  await page.goto(`/people/${person!.id}`);
  await expect(page.getByRole('link', { name: circle!.name }).first()).toBeVisible();
  const summary = `One-on-one: wants to help fill the bus ${Date.now()}`;
  await page.getByRole('button', { name: 'Log an interaction' }).click();
  const form = page.getByRole('form', { name: 'Log an interaction' });
  await form.getByText('One-on-one', { exact: true }).click();
  await form.getByLabel('Summary').fill(summary);
  await form.getByLabel('Follow up on').fill(dayOf(new Date(), DEFAULT_TIME_ZONE));
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('timeline').getByRole('listitem').filter({ hasText: summary })).toBeVisible();

  // It is waiting in "My follow-ups".
  await page.getByRole('navigation', { name: 'Main navigation' }).first().getByRole('link', { name: 'My follow-ups' }).click();
  const row = page.getByTestId('follow-ups').getByRole('listitem').filter({ hasText: summary });
  await expect(row).toBeVisible();
  await expect(row.getByRole('link', { name })).toBeVisible();
});
