import { queryE2e } from './db';
import { expect, pageAs, PHONE, test } from './fixtures';

// Pages that fit (issue 12, item 7): a long roster comes a page at a time with a search, and on a
// phone a page's main action is at its top.

test('a big circle’s roster comes fifty at a time, searched by name on the server', async ({ adminPage: page }) => {
  const [circle] = await queryE2e<{ id: string; members: number }>(
    `SELECT m.circle_id AS id, count(*)::int AS members FROM circle_membership m JOIN person p ON p.id = m.person_id AND p.deleted_at IS NULL
      GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
  );
  expect(circle!.members).toBeGreaterThan(100);
  const html = await (await page.request.get(`/circles/${circle!.id}`)).text();
  console.log(`biggest circle (${circle!.members} members): its page is ${Math.round(html.length / 1024)} KB`);
  expect(html.length).toBeLessThan(400 * 1024);

  await page.goto(`/circles/${circle!.id}`);
  const roster = page.getByRole('list', { name: 'Members' });
  await expect(roster.getByRole('listitem')).toHaveCount(50);
  const pages = page.getByRole('navigation', { name: 'Pages of the list' });
  await expect(pages).toContainText(`1–50 of ${circle!.members}`);
  await pages.getByRole('link', { name: 'Next' }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(pages).toContainText(`51–${Math.min(100, circle!.members)} of ${circle!.members}`);

  // Someone on a later page, found by their family name without its accents.
  const [someone] = await queryE2e<{ given_name: string; family_name: string }>(
    `SELECT p.given_name, p.family_name FROM circle_membership m JOIN person p ON p.id = m.person_id
      WHERE m.circle_id = $1 AND p.deleted_at IS NULL AND p.family_name IS NOT NULL AND p.preferred_name IS NULL ORDER BY p.family_name DESC, p.id LIMIT 1`,
    [circle!.id],
  );
  const plain = someone!.family_name.normalize('NFD').replace(/\p{M}/gu, '');
  await page.getByRole('searchbox', { name: 'Search by name, email or phone' }).fill(`${someone!.given_name} ${plain}`);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(roster.getByRole('link', { name: `${someone!.given_name} ${someone!.family_name}` }).first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /match/ })).toBeVisible();
});

test('on a phone, an allied organization’s page opens with “Log an interaction” in view', async ({ browser }) => {
  const page = await pageAs(browser, 'COORDINATOR', { viewport: PHONE });
  const [org] = await queryE2e<{ id: string }>(
    `SELECT organization_id AS id FROM scope WHERE user_id = (SELECT id FROM app_user WHERE email = 'coordinator@example.org') AND organization_id IS NOT NULL ORDER BY 1 LIMIT 1`,
  );
  await page.goto(`/organizations/${org!.id}`);
  const log = page.getByRole('button', { name: 'Log an interaction' });
  await expect(log).toHaveCount(1);
  await expect(log).toBeInViewport();
  await log.click();
  await expect(page.getByRole('form', { name: 'Log an interaction' })).toBeInViewport();
  await page.context().close();
});
