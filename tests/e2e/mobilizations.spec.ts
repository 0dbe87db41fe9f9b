import type { Page } from '@playwright/test';
import { queryE2e } from './db';
import { expect, pageAs, PHONE, test } from './fixtures';

// A bus filled circle by circle, confirmed, and checked in at the door on a phone; then a
// member answering for themselves in Spanish. Each test makes its own mobilization.

const CIRCLES = ['Club Social Villa Nopalera de Chicago', 'San Lázaro de la Ribera justice committee', 'Local 4417 members in the ward'];

async function createMobilization(page: Page, name: string, quotas: [string, number][], goal: number) {
  await page.goto('/mobilizations/new');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Kind').selectOption('BUS_TRIP');
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Date and time').fill(`${tomorrow}T07:30`);
  await page.getByLabel('Goal', { exact: true }).fill(String(goal));
  await page.getByLabel('Counted in').selectOption('SEATS');
  for (let i = 0; i < quotas.length; i++) {
    if (i > 0) await page.getByRole('button', { name: 'Add a quota' }).click();
    await page.getByLabel(`Quota ${i + 1}: from`).selectOption({ label: quotas[i]![0] });
    await page.getByLabel('Target').nth(i).fill(String(quotas[i]![1]));
  }
  await page.getByRole('button', { name: 'Create' }).click();
  await page.waitForURL(/\/mobilizations\/[0-9a-f-]{36}$/);
  return page.url().split('/').at(-1)!;
}

test('leadership fills a 40-seat bus from three circles, confirms 40 and checks in 37 on a phone', async ({ adminPage: page, browser }) => {
  test.setTimeout(180_000);
  const id = await createMobilization(page, `Bus e2e ${Date.now()}`, [[CIRCLES[0]!, 14], [CIRCLES[1]!, 13], [CIRCLES[2]!, 13]], 40);
  await expect(page.getByText('0 said yes, of 40 seats')).toBeVisible();

  // Ask 15 people from each circle's roster, counted in that circle's quota: 45 in all.
  const circleOf = new Map<string, string>();
  const seats = [14, 13, 13];
  for (const [n, circle] of CIRCLES.entries()) {
    await page.goto(`/mobilizations/${id}/ask`);
    await page.getByLabel('From a circle').selectOption({ label: circle });
    await page.getByRole('button', { name: 'Show roster' }).click();
    await page.getByLabel('Count them in').selectOption({ label: circle });
    const boxes = page.locator('input[name="personIds"]:not([disabled])');
    await expect(boxes.first()).toBeVisible();
    for (let i = 0; i < 15; i++) {
      const box = boxes.nth(i);
      circleOf.set((await box.getAttribute('value'))!, circle);
      await box.check();
    }
    await expect(page.getByTestId('seats-left')).toContainText(`${circle}: ${seats[n]} seats left`);
    await page.getByRole('button', { name: 'Ask 15 people' }).click();
    // More than the quota's seats: Leaven says so before asking, and asks once told to.
    await expect(page.getByRole('alert').filter({ hasText: 'You are asking' })).toContainText(`You are asking 15 people for ${seats[n]} seats left.`);
    await page.getByRole('button', { name: 'Ask them anyway' }).click();
    await expect(page.getByText('15 people asked.')).toBeVisible();
  }
  expect(circleOf.size).toBe(45);

  // Confirm the first 40 of the list.
  await page.goto(`/mobilizations/${id}`);
  const rows = page.locator('input[name="commitmentIds"]');
  await expect(rows).toHaveCount(45);
  const personOfCommitment = new Map<string, string>();
  for (const row of await page.locator('tbody tr').all()) {
    const commitmentId = await row.locator('input[name="commitmentIds"]').getAttribute('value');
    const href = await row.getByRole('link').first().getAttribute('href');
    personOfCommitment.set(commitmentId!, href!.split('/').at(-1)!);
  }
  const confirmed: string[] = [];
  for (let i = 0; i < 40; i++) {
    confirmed.push((await rows.nth(i).getAttribute('value'))!);
    await rows.nth(i).check();
  }
  await page.getByLabel('Move the people ticked to').selectOption('CONFIRMED');
  await page.getByRole('button', { name: 'Apply to 40 people' }).click();
  await expect(page.getByText('40 people moved.')).toBeVisible();
  await expect(page.getByText('40 said yes, of 40 seats')).toBeVisible();

  // At the door, on a phone: 37 taps.
  const phone = await pageAs(browser, 'ADMIN', { viewport: PHONE });
  await phone.goto(`/mobilizations/${id}/check-in`);
  const buttons = phone.locator('button[data-id]');
  await expect(buttons).toHaveCount(40); // those who said yes; the 5 still asked are behind "show everyone"
  const checkedIn: string[] = [];
  for (let i = 0; i < 37; i++) {
    checkedIn.push((await buttons.nth(i).getAttribute('data-id'))!);
    await buttons.nth(i).tap();
  }
  await expect(phone.getByRole('status').first()).toHaveText('37 here · goal 40');
  await expect(phone.getByText('Saving…')).toHaveCount(0);
  await phone.reload();
  await expect(phone.locator('button[data-id][aria-pressed="true"]')).toHaveCount(37);
  await phone.context().close();

  // The turnout per circle matches what was done above.
  await page.reload();
  const turnout = page.getByTestId('turnout');
  for (const circle of CIRCLES) {
    const inCircle = (ids: string[]) => ids.filter((c) => circleOf.get(personOfCommitment.get(c)!) === circle).length;
    const yes = inCircle(confirmed);
    const came = inCircle(checkedIn);
    const row = turnout.getByRole('row', { name: circle });
    await expect(row.getByRole('cell').nth(0)).toHaveText(String(yes));
    await expect(row.getByRole('cell').nth(1)).toHaveText(String(came));
    await expect(row.getByRole('cell').nth(2)).toHaveText(`${Math.round((came / yes) * 100)}%`);
  }
  const total = turnout.getByRole('row', { name: 'Total' });
  await expect(total.getByRole('cell').nth(0)).toHaveText('40');
  await expect(total.getByRole('cell').nth(1)).toHaveText('37');
});

test('a member answers for themselves in Spanish, and leadership sees the answer and the need', async ({ adminPage: page, browser }) => {
  const name = `Reunión e2e ${Date.now()}`;
  const id = await createMobilization(page, name, [], 10);
  const [member] = await queryE2e<{ person_id: string }>(`SELECT person_id FROM app_user WHERE email = 'member@example.org'`);
  await page.goto(`/mobilizations/${id}/ask?q=Quintero`);
  await page.locator(`input[name="personIds"][value="${member!.person_id}"]`).check();
  await page.getByRole('button', { name: 'Ask 1 person' }).click();
  await expect(page.getByText('1 person asked.')).toBeVisible();

  const es = await pageAs(browser, 'MEMBER', { locale: 'es-MX', viewport: PHONE });
  await es.goto('/');
  await es.getByRole('listitem').filter({ hasText: name }).getByRole('link', { name: 'Responder' }).click();
  await expect(es.getByRole('heading', { name: '¿Puede venir?' })).toBeVisible();
  await expect(es.getByText('Todavía no ha respondido.')).toBeVisible();
  await es.getByLabel('Cuidado de niños').check();
  await es.getByLabel('Algo más (opcional)').fill('Dos niños, 4 y 7 años');
  await es.getByRole('button', { name: 'Sí, voy' }).click();
  await expect(es.getByText('Gracias, su respuesta quedó guardada.')).toBeVisible();
  await es.reload();
  await expect(es.getByText('Su respuesta: Comprometido(a). Puede cambiarla.')).toBeVisible();
  await expect(es.getByLabel('Cuidado de niños')).toBeChecked();
  await es.context().close();

  await page.goto(`/mobilizations/${id}`);
  const row = page.locator('tbody tr').filter({ hasText: 'Quintero' });
  await expect(row.getByText('Committed')).toBeVisible();
  await expect(row.locator('summary')).toContainText('Childcare');
  await expect(row.locator('summary')).toContainText('Dos niños, 4 y 7 años');

  // The printed roster has their seat, with the need; nobody is left on the call list.
  await page.goto(`/mobilizations/${id}/roster`);
  await expect(page.getByRole('row', { name: /Quintero/ })).toContainText('Childcare; Dos niños, 4 y 7 años');
  await page.goto(`/mobilizations/${id}/calls`);
  await expect(page.getByText('Everyone asked has answered.')).toBeVisible();
});

test('a member gets 404 for a mobilization they are not asked to, and for its tools', async ({ memberPage: page }) => {
  const [other] = await queryE2e<{ id: string }>(
    `SELECT m.id FROM mobilization m WHERE NOT EXISTS (
       SELECT 1 FROM commitment c JOIN app_user u ON u.person_id = c.person_id WHERE c.mobilization_id = m.id AND u.email = 'member@example.org')
     ORDER BY m.starts_at LIMIT 1`,
  );
  for (const path of ['', '/check-in', '/roster', '/calls', '/ask', '/edit']) {
    const response = await page.goto(`/mobilizations/${other!.id}${path}`);
    expect(response?.status(), path).toBe(404);
  }
  expect((await page.goto('/precincts'))?.status()).toBe(404);
  expect((await page.goto('/mobilizations/not-a-uuid'))?.status()).toBe(404);
});

test('the precinct table sorts weakest first, and a malformed results file is refused with its line', async ({ adminPage: page }) => {
  await page.goto('/precincts');
  await expect(page.getByTestId('formula')).toContainText('10 if there is a captain');
  const strengths = await page.locator('tbody tr td:nth-child(2) span.font-semibold').allTextContents();
  const values = strengths.map((s) => Number(s.replace(/\D/g, '')));
  expect(values).toEqual([...values].sort((a, b) => a - b));
  await page.getByRole('link', { name: /^Strength/ }).click();
  await expect(page).toHaveURL(/sort=strength&dir=desc/);

  await page.goto('/precincts/results');
  await page.getByLabel('Election name').fill('Broken file');
  await page.getByLabel('CSV file').setInputFiles({ name: 'results.csv', mimeType: 'text/csv', buffer: Buffer.from('ward,precinct,registered,ballots,Garza\n25,1,800,300,200\n25,2,700,lots,100\n') });
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'not imported' })).toHaveText('results.csv was not imported. Line 3: “ballots” is not a whole number.');
  await expect(page.getByText('Broken file')).toHaveCount(0);
});

test('after leadership renames a mobilization, the Back button returns to a list with the new name', async ({ adminPage: page }) => {
  const name = `Rename e2e ${Date.now()}`;
  const id = await createMobilization(page, name, [], 10);
  await page.goto('/mobilizations');
  await page.getByRole('link', { name: new RegExp(name) }).click();
  await page.waitForURL(`**/mobilizations/${id}`);
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await page.getByLabel('Name', { exact: true }).fill(`${name} renamed`);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForURL(`**/mobilizations/${id}`);
  await expect(page.getByRole('heading', { name: `${name} renamed` })).toBeVisible();

  // Back through the edit page and the mobilization to the list it was opened from, as a user
  // would: the list the browser kept from before the change must not be shown again.
  for (let i = 0; i < 3; i++) await page.goBack();
  await expect(page).toHaveURL(/\/mobilizations$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Mobilizations' })).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(`^${name} renamed`) })).toBeVisible();
});
