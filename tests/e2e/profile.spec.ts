import type { Page } from '@playwright/test';
import { dayOf, DEFAULT_TIME_ZONE } from '../../lib/format/dates';
import { queryE2e } from './db';
import { expect, pageAs, PHONE, test } from './fixtures';

// The person profile: logging contacts and following them up, relationships, the network
// picture, and what a member does not see. Each test picks its own people, so tests running
// side by side never touch the same records.

type TPick = { id: string; name: string };

/** People in one of the demo coordinator's circles (so in her scope), with a plain two-part name. */
async function coordinatorPeople(offset: number, limit: number, extra = 'TRUE'): Promise<TPick[]> {
  return queryE2e<TPick>(
    `SELECT DISTINCT p.id, p.given_name || ' ' || p.family_name AS name
       FROM person p
       JOIN circle_membership m ON m.person_id = p.id
       JOIN scope s ON s.circle_id = m.circle_id
       JOIN app_user u ON u.id = s.user_id AND u.email = 'coordinator@example.org'
      WHERE p.deleted_at IS NULL AND p.preferred_name IS NULL AND p.given_name IS NOT NULL AND p.family_name IS NOT NULL
        AND NOT p.do_not_contact AND ${extra}
      ORDER BY p.id OFFSET $1 LIMIT $2`,
    [offset, limit],
  );
}

const relationshipsCard = (page: Page) => page.locator('section').filter({ has: page.getByRole('heading', { name: /^Relationships/ }) });


test('a coordinator logs a one-on-one with a follow-up, sees it on the timeline and in My follow-ups, and marks it done', async ({ coordinatorPage: page }) => {
  const [person] = await coordinatorPeople(3, 1);
  const summary = `One-on-one about the school budget ${Date.now()}`;
  // Opening a profile is in the audit log: who looked at whom.
  const views = async () =>
    (
      await queryE2e<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_event a JOIN app_user u ON u.id = a.actor_user_id
          WHERE a.action = 'VIEW' AND a.entity_type = 'person' AND a.entity_id = $1 AND u.email = 'coordinator@example.org'`,
        [person!.id],
      )
    )[0]!.n;
  const viewsBefore = await views();
  await page.goto(`/people/${person!.id}`);
  await expect(page.getByRole('heading', { level: 1, name: person!.name })).toBeVisible();
  expect(await views()).toBeGreaterThan(viewsBefore);

  await page.getByRole('button', { name: 'Log an interaction' }).click();
  const form = page.getByRole('form', { name: 'Log an interaction' });
  await form.getByText('One-on-one', { exact: true }).click();
  await form.getByLabel('Summary').fill(summary);
  await form.getByLabel('Follow up on').fill(dayOf(new Date(), DEFAULT_TIME_ZONE));
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Interaction logged.' })).toBeVisible();

  const entry = page.getByTestId('timeline').getByRole('listitem').filter({ hasText: summary });
  await expect(entry).toBeVisible();
  await expect(entry).toContainText('One-on-one');
  await expect(entry).toContainText('logged by you');
  await expect(page.getByRole('region', { name: /Open follow-ups/ }).getByText(summary, { exact: true })).toBeVisible();

  await page.goto('/follow-ups');
  await expect(page.getByRole('heading', { level: 1, name: 'My follow-ups' })).toBeVisible();
  const row = page.getByTestId('follow-ups').getByRole('listitem').filter({ hasText: summary });
  await expect(row).toContainText('Due today');
  await expect(row.getByRole('link', { name: person!.name })).toBeVisible();
  await row.getByRole('button', { name: /Mark done/ }).click();
  await expect(page.getByTestId('follow-ups').getByText(summary)).toHaveCount(0);

  await page.getByRole('link', { name: /^Done/ }).click();
  const done = page.getByTestId('follow-ups').getByRole('listitem').filter({ hasText: summary });
  await expect(done.getByRole('button', { name: /Not done/ })).toBeVisible();

  // And the profile agrees: no longer an open follow-up.
  await page.goto(`/people/${person!.id}`);
  await expect(page.getByTestId('timeline').getByRole('listitem').filter({ hasText: summary })).toContainText('Followed up');
});

test('logging with no summary shows the error beside the field, in the user’s language, and keeps what was typed', async ({ browser }) => {
  const page = await pageAs(browser, 'COORDINATOR', { locale: 'es-MX' });
  const [person] = await coordinatorPeople(4, 1);
  await page.goto(`/people/${person!.id}`);
  await page.getByRole('button', { name: 'Registrar una interacción' }).click();
  await page.getByLabel('Notas').fill('Prefiere mensajes');
  await page.getByRole('button', { name: 'Guardar' }).click();
  await expect(page.getByText('Este campo es obligatorio.')).toBeVisible();
  await expect(page.getByLabel('Notas')).toHaveValue('Prefiere mensajes');
  await page.context().close();
});

test('a coordinator adds a relationship from a profile, picking the other person by name', async ({ coordinatorPage: page }) => {
  const [a, b] = await coordinatorPeople(10, 2);
  // Start clean if an earlier run of this test left the tie behind.
  const existing = await queryE2e('SELECT 1 FROM relationship WHERE (person_a_id, person_b_id) IN (($1::uuid, $2::uuid), ($2::uuid, $1::uuid))', [a!.id, b!.id]);
  test.skip(existing.length > 0, 'these two are already tied in this database');

  await page.goto(`/people/${a!.id}`);
  await page.getByRole('button', { name: 'Add a relationship' }).click();
  const form = page.getByRole('form', { name: 'Add a relationship' });
  // Search as you type: the given name narrows it down, the list offers only people in scope.
  await form.getByRole('combobox', { name: 'Who' }).pressSequentially(b!.name, { delay: 20 });
  await form.getByRole('option', { name: new RegExp(b!.name) }).first().click();
  await expect(form.getByRole('combobox', { name: 'Who' })).toHaveValue(b!.name);
  await form.getByLabel('Kind').selectOption('NEIGHBOUR');
  await form.getByText('Strong', { exact: true }).click();
  await form.getByLabel('Note').fill('Same building');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Relationship added.' })).toBeVisible();

  const card = relationshipsCard(page);
  const tie = card.getByRole('listitem').filter({ has: page.getByRole('link', { name: b!.name }) });
  await expect(tie).toContainText('Neighbour');
  await expect(tie).toContainText('Strong');
  await expect(tie).toContainText('Same building');

  // It shows from the other side too.
  await page.goto(`/people/${b!.id}`);
  await expect(relationshipsCard(page).getByRole('link', { name: a!.name })).toBeVisible();
});

test('the network picture fits a phone screen and has a text alternative', async ({ browser }) => {
  const [person] = await queryE2e<{ id: string }>(
    `SELECT p.id FROM person p JOIN relationship r ON p.id IN (r.person_a_id, r.person_b_id)
      WHERE p.deleted_at IS NULL GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1`,
  );
  const page = await pageAs(browser, 'ADMIN', { viewport: PHONE });
  await page.goto(`/people/${person!.id}`);
  const picture = page.getByTestId('network-picture');
  await picture.scrollIntoViewIfNeeded();
  await expect(picture).toBeVisible();
  const box = (await picture.boundingBox())!;
  expect(box.width).toBeGreaterThan(250);
  expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
  expect(await picture.locator('circle, rect').count()).toBeGreaterThan(4);
  await expect(picture).toHaveAttribute('aria-label', /The network of .+: \d+ people/);
  // No sideways scrolling of the page.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await page.context().close();
});

test('a member opening one of "my people" sees no interactions at all', async ({ memberPage: page }) => {
  // One of the member's recruits who has interactions logged about them, if any does.
  const [recruit] = await queryE2e<{ id: string; name: string; n: number }>(
    `SELECT p.id, count(ip.interaction_id)::int AS n FROM person p
       JOIN app_user u ON u.email = 'member@example.org' AND p.recruited_by_id = u.person_id
       LEFT JOIN interaction_person ip ON ip.person_id = p.id
      WHERE p.deleted_at IS NULL GROUP BY p.id ORDER BY n DESC, p.id LIMIT 1`,
  );
  expect(recruit!.n, 'the demo logs contacts about at least one of the member’s recruits').toBeGreaterThan(0);
  await page.goto(`/people/${recruit!.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Recruitment' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Interactions' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Log an interaction' })).toHaveCount(0);
  await expect(page.getByTestId('timeline')).toHaveCount(0);
  await expect(page.getByText(/logged by/)).toHaveCount(0);
  const response = await page.goto('/follow-ups');
  expect(response?.status()).toBe(404);
});
