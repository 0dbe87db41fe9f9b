import type { Page } from '@playwright/test';
import { queryE2e } from './db';
import { expect, pageAs, PHONE, test } from './fixtures';

// Circles and allied organizations, as the demo's coordinator and member meet them. The demo
// coordinator (Marisol Ocampo) is assigned the hometown club, the school council, the tenants
// union and two precincts; the demo member (Tomás Quintero) belongs to two circles.

const COORDINATOR = 'coordinator@example.org';
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

/** The coordinator's hometown club, and someone in their precinct scope who is not in it, with an accent in their name. */
async function clubAndNewcomer() {
  const rows = await queryE2e<{ circle_id: string; circle_name: string; person_id: string; given_name: string; family_name: string }>(
    `WITH me AS (SELECT id FROM app_user WHERE email = $1),
          club AS (SELECT c.id, c.name FROM circle c JOIN scope s ON s.circle_id = c.id JOIN me ON s.user_id = me.id WHERE c.kind = 'HOMETOWN_CLUB')
     SELECT club.id AS circle_id, club.name AS circle_name, p.id AS person_id, p.given_name, p.family_name
       FROM person p, club, me
      WHERE p.deleted_at IS NULL AND p.preferred_name IS NULL AND p.given_name IS NOT NULL AND p.family_name IS NOT NULL
        AND p.precinct_id IN (SELECT precinct_id FROM scope WHERE user_id = me.id AND kind = 'PRECINCT')
        AND NOT EXISTS (SELECT 1 FROM circle_membership m WHERE m.person_id = p.id AND m.circle_id = club.id)
        AND p.given_name || p.family_name ~ '[áéíóúñÁÉÍÓÚÑ]'
        AND NOT EXISTS (SELECT 1 FROM person q WHERE q.id <> p.id AND q.given_name = p.given_name AND q.family_name = p.family_name)
      ORDER BY p.id LIMIT 1`,
    [COORDINATOR],
  );
  const row = rows[0]!;
  return { circleId: row.circle_id, circleName: row.circle_name, personId: row.person_id, name: `${row.given_name} ${row.family_name}` };
}

/** Organizations with their last contact: an interaction about them, or with one of their point people. */
async function organizationsWithLastContact() {
  return queryE2e<{ id: string; name: string; days: number | null; assigned: boolean }>(
    `SELECT o.id, o.name,
            floor(extract(epoch FROM now() - greatest(
              (SELECT max(i.occurred_at) FROM interaction i WHERE i.organization_id = o.id),
              (SELECT max(i.occurred_at) FROM interaction i JOIN interaction_person ip ON ip.interaction_id = i.id
                 JOIN affiliation a ON a.person_id = ip.person_id AND a.organization_id = o.id AND a.is_point_person)
            )) / 86400)::int AS days,
            EXISTS (SELECT 1 FROM scope s JOIN app_user u ON u.id = s.user_id WHERE u.email = $1 AND s.organization_id = o.id) AS assigned
       FROM organization o WHERE o.deleted_at IS NULL ORDER BY o.name`,
    [COORDINATOR],
  );
}

const pointPeople = (organizationId: string) =>
  queryE2e<{ name: string }>(
    `SELECT coalesce(p.preferred_name, p.given_name) || coalesce(' ' || p.family_name, '') AS name
       FROM affiliation a JOIN person p ON p.id = a.person_id
      WHERE a.organization_id = $1 AND a.is_point_person AND p.deleted_at IS NULL ORDER BY 1`,
    [organizationId],
  );

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('a coordinator adds someone to their circle by typing the name without accents, sees them listed, then removes them', async ({ coordinatorPage: page }) => {
  const { circleId, circleName, name } = await clubAndNewcomer();
  await page.goto(`/circles/${circleId}`);
  await expect(page.getByRole('heading', { level: 1, name: circleName })).toBeVisible();
  const members = page.getByRole('list', { name: 'Members' });
  await expect(members.getByRole('link', { name, exact: true })).toHaveCount(0);

  await page.getByRole('combobox', { name: 'Person' }).fill(fold(name).toLowerCase());
  await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
  await expect(page.getByRole('combobox', { name: 'Person' })).toHaveValue(name);
  await page.getByRole('form', { name: 'Add a member' }).getByLabel('Role').selectOption('LEADER');
  await page.getByRole('button', { name: 'Add', exact: true }).click();

  await expect(page.getByRole('status')).toHaveText(`${name} is now in the circle.`);
  const row = members.getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) });
  await expect(row).toBeVisible();
  await expect(row.getByLabel(`Role of ${name}`)).toHaveValue('LEADER');
  // The form is clear for the next person.
  await expect(page.getByRole('combobox', { name: 'Person' })).toHaveValue('');

  await row.getByRole('button', { name: `Remove ${name} from the circle` }).click();
  await row.getByRole('button', { name: `Yes, remove ${name} from the circle` }).click();
  await expect(members.getByRole('link', { name, exact: true })).toHaveCount(0);
  // Gone for good, not just from the page.
  await page.reload();
  await expect(page.getByRole('list', { name: 'Members' }).getByRole('link', { name, exact: true })).toHaveCount(0);
});

test('the person search offers only people in the coordinator’s scope', async ({ coordinatorPage: page }) => {
  const { circleId } = await clubAndNewcomer();
  // Someone the coordinator cannot see: outside their circles, organization, precincts and contacts.
  const [outsider] = await queryE2e<{ name: string }>(
    `SELECT p.given_name || ' ' || p.family_name AS name FROM person p, app_user u
      WHERE u.email = $1 AND p.deleted_at IS NULL AND p.preferred_name IS NULL AND p.family_name IS NOT NULL
        AND (p.precinct_id IS NULL OR p.precinct_id NOT IN (SELECT precinct_id FROM scope WHERE user_id = u.id AND precinct_id IS NOT NULL))
        AND NOT EXISTS (SELECT 1 FROM circle_membership m JOIN scope s ON s.circle_id = m.circle_id WHERE m.person_id = p.id AND s.user_id = u.id)
        AND NOT EXISTS (SELECT 1 FROM affiliation a JOIN scope s ON s.organization_id = a.organization_id WHERE a.person_id = p.id AND s.user_id = u.id)
        AND NOT EXISTS (SELECT 1 FROM interaction_person ip JOIN interaction i ON i.id = ip.interaction_id WHERE ip.person_id = p.id AND i.logged_by_id = u.id)
        AND p.added_by_user_id IS DISTINCT FROM u.id
        AND NOT EXISTS (SELECT 1 FROM person q WHERE q.id <> p.id AND q.given_name = p.given_name AND q.family_name = p.family_name)
      ORDER BY p.id LIMIT 1`,
    [COORDINATOR],
  );
  await page.goto(`/circles/${circleId}`);
  await page.getByRole('combobox', { name: 'Person' }).fill(outsider!.name);
  await expect(page.getByText('No one you can reach has that name, or they are already here.')).toBeVisible();
  await expect(page.getByRole('listbox', { name: 'Person' }).getByRole('option')).toHaveCount(0);
});

test('a coordinator opens their organization: point people, and the 60-day warning exactly when it applies', async ({ coordinatorPage: page }) => {
  const orgs = await organizationsWithLastContact();
  const mine = orgs.find((o) => o.assigned)!;
  await page.goto(`/organizations/${mine.id}`);
  await expect(page.getByRole('heading', { level: 1, name: mine.name })).toBeVisible();
  await expect(page.getByText('Relationship owner: Marisol Ocampo (you)')).toBeVisible();

  const people = page.getByRole('list', { name: 'Point people and affiliated people' });
  const points = await pointPeople(mine.id);
  expect(points.length).toBeGreaterThan(0);
  for (const { name } of points) {
    const row = people.getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) });
    await expect(row.getByText('Point person', { exact: true })).toBeVisible();
  }
  const warning = page.getByRole('note').filter({ hasText: 'A relationship goes cold after 60 days without contact.' });
  if (mine.days === null || mine.days > 60) await expect(warning).toBeVisible();
  else await expect(warning).toHaveCount(0);

  // An organization not assigned to them does not exist, as far as they can tell.
  const other = orgs.find((o) => !o.assigned)!;
  expect((await page.goto(`/organizations/${other.id}`))?.status()).toBe(404);
});

test('a member sees only their circle’s name, kind and their own role, and a 404 for another circle', async ({ memberPage: page }) => {
  const rows = await queryE2e<{ id: string; name: string; description: string; mine: boolean }>(
    `SELECT c.id, c.name, c.description, EXISTS (SELECT 1 FROM circle_membership m JOIN app_user u ON u.person_id = m.person_id
                                   WHERE u.email = 'member@example.org' AND m.circle_id = c.id) AS mine
       FROM circle c WHERE c.deleted_at IS NULL ORDER BY c.name`,
  );
  const mine = rows.find((r) => r.mine)!;
  const other = rows.find((r) => !r.mine)!;

  await page.goto('/circles');
  await expect(page.getByRole('table').getByRole('link')).toHaveText(rows.filter((r) => r.mine).map((r) => r.name));
  await page.getByRole('link', { name: mine.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: mine.name })).toBeVisible();
  await expect(page.locator('dt:text-is("Your role") + dd')).toHaveText('Member');
  // Nobody else: no member list, no leaders, no links to anyone's record, no description.
  await expect(page.locator('#main a[href^="/people/"]')).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Members' })).toHaveCount(0);
  await expect(page.locator('#main').getByRole('combobox')).toHaveCount(0);
  await expect(page.getByText(mine.description)).toHaveCount(0);

  expect((await page.goto(`/circles/${other.id}`))?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  expect((await page.goto('/organizations'))?.status()).toBe(404);
});

test('leadership creates a circle: a missing name is explained beside the field, in Spanish, and nothing typed is lost', async ({ browser }) => {
  const page = await pageAs(browser, 'ADMIN', { locale: 'es-MX' });
  await page.goto('/circles/new');
  await page.getByLabel('Descripción').fill('Vecinas que organizan la posada.');
  await page.getByRole('button', { name: 'Crear círculo' }).click();
  await expect(page.locator('#field-name-error')).toHaveText('Este campo es obligatorio.');
  await expect(page.getByLabel('Descripción')).toHaveValue('Vecinas que organizan la posada.');

  const name = `Posada de la calle 26 ${Date.now().toString(36)}`;
  await page.getByLabel('Nombre').fill(name);
  await page.getByLabel('Tipo').selectOption('INFORMAL');
  await page.getByRole('button', { name: 'Crear círculo' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('Vecinas que organizan la posada.')).toBeVisible();
  await expect(page.getByText('Informal', { exact: true })).toBeVisible();
  await page.context().close();
});

test('leadership creates an organization and is warned at once that no one has been in touch', async ({ adminPage: page }) => {
  await page.goto('/organizations/new');
  const name = `Block Club of 26th Street ${Date.now().toString(36)}`;
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Kind').selectOption('COMMUNITY');
  await page.getByLabel('Closeness').selectOption('OCCASIONAL');
  await page.getByLabel('Relationship owner').selectOption({ label: 'Marisol Ocampo (coordinator@example.org)' });
  await page.getByLabel('Where we agree').fill('Speed bumps on 26th Street.');
  await page.getByRole('button', { name: 'Create organization' }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('No contact with this organization has ever been logged.');
  await expect(page.getByRole('note')).toContainText('Marisol Ocampo holds it');
  await expect(page.getByText('Relationship owner: Marisol Ocampo')).toBeVisible();
  await expect(page.getByText('Speed bumps on 26th Street.')).toBeVisible();
  await page.goto('/organizations');
  await expect(page.getByRole('row').filter({ hasText: name }).getByText('Needs contact')).toBeVisible();
});

test('at phone width the circle and organization pages fit the screen and keep their tools', async ({ browser }) => {
  const page = await pageAs(browser, 'COORDINATOR', { viewport: PHONE });
  const { circleId, circleName } = await clubAndNewcomer();
  await page.goto(`/circles/${circleId}`);
  await expect(page.getByRole('heading', { level: 1, name: circleName })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Person' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Members' }).getByRole('listitem').first()).toBeVisible();
  await expectNoSidewaysScroll(page);

  const mine = (await organizationsWithLastContact()).find((o) => o.assigned)!;
  await page.goto(`/organizations/${mine.id}`);
  await expect(page.getByRole('heading', { level: 1, name: mine.name })).toBeVisible();
  await expect(page.getByText('Point person', { exact: true }).first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page.context().close();
});
