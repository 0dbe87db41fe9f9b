import { queryE2e } from './db';
import { expect, pageAs, PHONE, searchPeopleTable, test } from './fixtures';

// The people table as a coordinator uses it: search without accents, filter by a circle (kept in
// the URL across a reload), page size and paging, a bulk tag, and the same table on a phone.

const plain = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '');
const shown = (p: { given_name: string | null; family_name: string | null; preferred_name: string | null }) =>
  [p.preferred_name ?? p.given_name, p.family_name].filter(Boolean).join(' ');

const COORDINATOR_SCOPE = `
  SELECT s.circle_id, s.organization_id, s.precinct_id FROM scope s JOIN app_user u ON u.id = s.user_id
  WHERE u.email = 'coordinator@example.org'`;

test.describe('the people table', () => {
  test('a coordinator finds a person by typing part of the name without its accents', async ({ coordinatorPage: page }) => {
    const [person] = await queryE2e<{ id: string; given_name: string; family_name: string; preferred_name: string | null }>(
      `SELECT p.id, p.given_name, p.family_name, p.preferred_name FROM person p
         JOIN circle_membership cm ON cm.person_id = p.id
        WHERE cm.circle_id IN (SELECT circle_id FROM (${COORDINATOR_SCOPE}) x WHERE circle_id IS NOT NULL)
          AND p.deleted_at IS NULL AND p.given_name IS NOT NULL AND p.family_name ~ '^[^ ]*[áéíóúñÁÉÍÓÚ]'
        ORDER BY p.id LIMIT 1`,
    );
    expect(person, 'the demo coordinator has someone with an accented family name in scope').toBeTruthy();
    const typed = `${plain(person!.given_name).toLowerCase()} ${plain(person!.family_name).toLowerCase().slice(0, 4)}`;
    await page.goto('/people');
    await page.getByRole('searchbox', { name: 'Search people' }).fill(typed);
    await expect(page).toHaveURL(/[?&]q=/);
    await expect(page.locator(`a[href="/people/${person!.id}"]`)).toHaveText(shown(person!));
  });

  test('on a slow phone, a search typed while the page is still starting loses no letter', async ({ adminPage: page }) => {
    test.setTimeout(90_000);
    // A phone several times slower than this machine: the page becomes interactive late, and
    // the letters are typed one by one meanwhile. (The box once caught up with the URL after
    // starting and wiped out what had been typed: "garc" became "gac".)
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
    for (let round = 0; round < 2; round++) {
      await page.goto('/people?size=100', { waitUntil: 'commit' });
      const box = page.getByRole('searchbox', { name: 'Search people' });
      await box.waitFor();
      for (const letter of 'garc') {
        await box.press(letter);
        await page.waitForTimeout(60);
      }
      await expect(page).toHaveURL((url) => url.searchParams.get('q') === 'garc', { timeout: 20_000 });
      await expect(box).toHaveValue('garc');
    }
  });

  test('the search box follows the URL when it changes from elsewhere: a link, then Back', async ({ coordinatorPage: page }) => {
    await page.goto('/people');
    await searchPeopleTable(page, 'ana');
    const box = page.getByRole('searchbox', { name: 'Search people' });
    await page.getByRole('navigation', { name: 'Main navigation' }).first().getByRole('link', { name: 'People' }).click();
    await expect(page).toHaveURL((url) => !url.searchParams.has('q'));
    await expect(box).toHaveValue('');
    await page.goBack();
    await expect(page).toHaveURL((url) => url.searchParams.get('q') === 'ana');
    await expect(box).toHaveValue('ana');
  });

  test('a circle filter lives in the URL and survives a reload', async ({ coordinatorPage: page }) => {
    const [circle] = await queryE2e<{ id: string; name: string; members: number }>(
      `SELECT c.id, c.name, (SELECT count(*)::int FROM circle_membership m JOIN person p ON p.id = m.person_id
                               WHERE m.circle_id = c.id AND p.deleted_at IS NULL) AS members
         FROM circle c WHERE c.id IN (SELECT circle_id FROM (${COORDINATOR_SCOPE}) x) ORDER BY c.name LIMIT 1`,
    );
    await page.goto('/people');
    await page.getByText('Filters', { exact: true }).click();
    await page.getByLabel('Circle', { exact: true }).selectOption({ label: circle!.name });
    await expect(page).toHaveURL(new RegExp(`circle=${circle!.id}`));
    const count = page.getByTestId('people-count');
    await expect(count).toHaveText(`${circle!.members} people`);
    await page.reload();
    await expect(count).toHaveText(`${circle!.members} people`);
    await expect(page.getByLabel('Circle', { exact: true })).toHaveValue(circle!.id);
    await expect(page.getByText('1 filter on')).toBeVisible();
  });

  test('page size and the next and previous pages', async ({ coordinatorPage: page }) => {
    await page.goto('/people');
    await page.getByLabel('Rows per page').selectOption('25');
    await expect(page).toHaveURL(/size=25/);
    const rows = page.locator('tbody tr');
    await expect(rows).toHaveCount(25);
    const firstOnPage1 = await rows.first().getByRole('link').textContent();
    await page.getByRole('link', { name: 'Next' }).click();
    await expect(page).toHaveURL(/after=/);
    await expect(rows).toHaveCount(25);
    await expect(rows.first().getByRole('link')).not.toHaveText(firstOnPage1!);
    await page.getByRole('link', { name: 'Previous' }).click();
    await expect(page).toHaveURL(/before=/);
    await expect(rows.first().getByRole('link')).toHaveText(firstOnPage1!);
    await page.getByRole('link', { name: 'Last', exact: true }).click();
    await expect(page.getByText('Next', { exact: true })).toHaveAttribute('aria-disabled', 'true');
  });

  test('a bulk "add tag" on two selected rows shows the tag on their profiles', async ({ coordinatorPage: page }) => {
    const TAG = 'sign-maker';
    // Two people of a precinct in the coordinator's scope, on the first page of that precinct, without the tag yet.
    const [precinct] = await queryE2e<{ precinct_id: string }>(`SELECT precinct_id FROM (${COORDINATOR_SCOPE}) x WHERE precinct_id IS NOT NULL ORDER BY precinct_id LIMIT 1`);
    const people = await queryE2e<{ id: string }>(
      `SELECT id FROM (SELECT p.id, p.sort_name FROM person p WHERE p.precinct_id = $1 AND p.deleted_at IS NULL ORDER BY p.sort_name, p.id LIMIT 100) first_page
        WHERE NOT EXISTS (SELECT 1 FROM person_tag pt JOIN tag t ON t.id = pt.tag_id WHERE pt.person_id = first_page.id AND t.name = $2)
        ORDER BY sort_name DESC, id DESC LIMIT 2`,
      [precinct!.precinct_id, TAG],
    );
    expect(people).toHaveLength(2);
    await page.goto(`/people?precinct=${precinct!.precinct_id}&size=100`);
    for (const p of people) {
      await page.locator('tr', { has: page.locator(`a[href="/people/${p.id}"]`) }).getByRole('checkbox').check();
    }
    const bulk = page.getByRole('region', { name: 'With the selected people' });
    await expect(bulk.getByText('2 selected')).toBeVisible();
    await bulk.getByLabel('Add tag', { exact: true }).selectOption({ label: TAG });
    await bulk.getByRole('button', { name: 'Add tag' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Done for 2 people.' })).toBeVisible();
    for (const p of people) {
      await page.goto(`/people/${p.id}`);
      await expect(page.getByText(TAG, { exact: true })).toBeVisible();
    }
  });

  test('works at phone width: search, a row, the next page, and nothing wider than the screen', async ({ browser }) => {
    const page = await pageAs(browser, 'COORDINATOR', { viewport: PHONE });
    await page.goto('/people');
    const rows = page.locator('tbody tr');
    await expect(rows.first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.getByRole('link', { name: 'Next' }).click();
    await expect(page).toHaveURL(/after=/);
    await page.getByRole('searchbox', { name: 'Search people' }).fill('ma');
    await expect(page).toHaveURL(/q=ma/);
    const first = rows.first().getByRole('link');
    const name = await first.textContent();
    await first.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name!);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});

test.describe('the search box in the shell', () => {
  test('jumps to a person, and Enter opens all results', async ({ coordinatorPage: page }) => {
    const [person] = await queryE2e<{ id: string; given_name: string; family_name: string; preferred_name: string | null }>(
      `SELECT p.id, p.given_name, p.family_name, p.preferred_name FROM person p
        WHERE p.precinct_id IN (SELECT precinct_id FROM (${COORDINATOR_SCOPE}) x) AND p.deleted_at IS NULL
          AND p.given_name IS NOT NULL AND p.family_name IS NOT NULL
        ORDER BY p.id LIMIT 1`,
    );
    await page.goto('/');
    const box = page.getByRole('combobox', { name: 'Search people, circles and organizations' });
    await box.fill(`${plain(person!.given_name)} ${plain(person!.family_name)}`);
    const option = page.getByRole('option', { name: shown(person!) }).first();
    await expect(option).toBeVisible();
    await box.press('ArrowDown');
    await box.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/people/[0-9a-f-]{36}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(shown(person!));

    await box.fill(plain(person!.family_name));
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.getByRole('heading', { name: 'Search' })).toBeVisible();
    await expect(page.locator(`a[href="/people/${person!.id}"]`).first()).toBeVisible();
  });
});
