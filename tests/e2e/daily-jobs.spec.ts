import { readFileSync } from 'node:fs';
import { detectDelimiter, parseCsv } from '../../lib/import/csv-parse';
import { addDays, dayOf, DEFAULT_TIME_ZONE, startOfDay } from '../../lib/format/dates';
import { queryE2e } from './db';
import { expect, test } from './fixtures';

// Issue 12's daily job, done in the people table with no spreadsheet: "everyone in precinct 12 who
// speaks Spanish and hasn't been contacted in 60 days", exported as a CSV whose every row is checked
// against the database, and nobody who meets the three conditions left out.

function csvRows(body: Buffer): Record<string, string>[] {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body).replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  parseCsv(text, detectDelimiter(text), (cells) => void rows.push(cells));
  const [header, ...rest] = rows;
  return rest.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

// The three conditions in SQL, written apart from the app: precinct 25-12; Spanish preferred or
// among the languages spoken; no logged contact and no check-in since the start of the day 60 days ago.
const MEETS = `
  p.deleted_at IS NULL
  AND p.precinct_id = (SELECT pc.id FROM precinct pc JOIN ward w ON w.id = pc.ward_id WHERE w.number = 25 AND pc.number = 12)
  AND (p.preferred_language = 'es' OR 'es' = ANY(p.languages))
  AND NOT EXISTS (SELECT 1 FROM interaction_person ip JOIN interaction i ON i.id = ip.interaction_id WHERE ip.person_id = p.id AND i.occurred_at >= $1)
  AND NOT EXISTS (SELECT 1 FROM commitment c WHERE c.person_id = p.id AND c.checked_in_at >= $1)`;

test('precinct 12, speaks Spanish, not contacted in 60 days: filtered, sorted by last contact and exported', async ({ adminPage: page }) => {
  test.setTimeout(90_000);
  const since = startOfDay(addDays(dayOf(new Date(), DEFAULT_TIME_ZONE), -60), DEFAULT_TIME_ZONE);
  const [{ meets, inPlace }] = (await queryE2e<{ meets: number; inPlace: number }>(
    `SELECT count(*) FILTER (WHERE ${MEETS})::int AS meets,
            count(*) FILTER (WHERE p.deleted_at IS NULL AND p.precinct_id = (SELECT pc.id FROM precinct pc JOIN ward w ON w.id = pc.ward_id WHERE w.number = 25 AND pc.number = 12)
                              AND (p.preferred_language = 'es' OR 'es' = ANY(p.languages)))::int AS "inPlace"
       FROM person p`,
    [since],
  )) as [{ meets: number; inPlace: number }];
  expect(meets, 'the demo has such people').toBeGreaterThan(0);
  expect(inPlace, 'and some Spanish speakers of precinct 12 were contacted lately').toBeGreaterThan(meets);

  await page.goto('/people?size=100');
  await page.getByText('Filters', { exact: true }).click();
  await page.getByRole('combobox', { name: 'Precinct', exact: true }).selectOption({ label: '25-12' });
  await expect(page).toHaveURL(/precinct=/);
  await page.getByRole('combobox', { name: 'Speaks', exact: true }).selectOption({ label: 'Spanish' });
  await expect(page).toHaveURL(/speaks=es/);
  await page.getByRole('combobox', { name: 'Not contacted in', exact: true }).selectOption({ label: '60 days' });
  await expect(page).toHaveURL(/quiet=60/);
  await page.getByRole('link', { name: 'Sort by Last contacted' }).click();
  await expect(page).toHaveURL(/sort=contacted/);
  await expect(page.getByTestId('people-count')).toHaveText(`${meets} ${meets === 1 ? 'person' : 'people'}`);
  await expect(page.getByRole('columnheader', { name: /Last contacted/ })).toBeVisible();

  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /^Export CSV/ }).click()]);
  const rows = csvRows(readFileSync((await file.path())!));
  expect(rows).toHaveLength(meets);
  expect(Object.keys(rows[0]!)).toContain('last_contacted');
  const ids = rows.map((r) => r.leaven_id);
  // Every row meets all three conditions, checked in SQL; so, with the count above, nobody is missing.
  const [{ ok }] = (await queryE2e<{ ok: number }>(`SELECT count(*)::int AS ok FROM person p WHERE p.id = ANY($2::uuid[]) AND ${MEETS}`, [since, ids])) as [{ ok: number }];
  expect(ok).toBe(ids.length);
  // Oldest contact first, those never contacted before anyone.
  const last = rows.map((r) => r.last_contacted ?? '');
  expect(last).toEqual([...last].sort((a, b) => (a === b ? 0 : a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)));
});

test('a member with only a phone is invited by WhatsApp or SMS and signs in with that phone', async ({ adminPage: leader, browser }) => {
  test.setTimeout(90_000);
  const digits = `77355501${String(Math.floor(Math.random() * 100)).padStart(2, '0')}`;
  await leader.goto('/admin/users/new');
  await leader.getByLabel('Or their phone').fill(`${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`);
  await leader.getByRole('radio', { name: /^Member/ }).check();
  await leader.getByRole('button', { name: 'Create invitation link' }).click();
  await expect(leader.getByText(`Invitation ready for (${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}.`)).toBeVisible();
  const link = await leader.locator('#one-time-link').inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  const whatsApp = await leader.getByRole('link', { name: 'Send by WhatsApp' }).getAttribute('href');
  expect(whatsApp).toMatch(new RegExp(`^https://wa\\.me/1${digits}\\?text=`));
  expect(decodeURIComponent(whatsApp!.split('text=')[1]!)).toContain(link);
  const sms = await leader.getByRole('link', { name: 'Send by SMS' }).getAttribute('href');
  expect(sms).toMatch(new RegExp(`^sms:\\+1${digits}\\?&body=`));

  const phone = await browser.newContext({ locale: 'es-MX', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await phone.newPage();
  await page.goto(link);
  await page.getByLabel('Su nombre', { exact: true }).fill('Marisol');
  await page.getByLabel('Elija una contraseña', { exact: true }).fill('una frase bastante larga');
  await page.getByLabel('Escriba la contraseña otra vez', { exact: true }).fill('una frase bastante larga');
  await page.getByRole('button', { name: 'Abrir mi cuenta' }).click();
  await expect(page).toHaveURL(/\/me$/);
  await phone.close();

  const later = await browser.newContext({ locale: 'en-US' });
  const signIn = await later.newPage();
  await signIn.goto('/login');
  await signIn.getByLabel('Email or phone').fill(`(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`);
  await signIn.getByLabel('Password').fill('una frase bastante larga');
  await signIn.getByRole('button', { name: 'Sign in' }).click();
  await expect(signIn.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  await later.close();
});
