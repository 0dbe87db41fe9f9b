import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { createDatabase, dropDatabase, withDatabase } from '../../lib/ops/database';
import { freePort } from '../../lib/ops/embedded-postgres';
import { setUpTwoFactor } from './two-factor';

// A new organization's first hour, from an EMPTY database: the first leader is created with the
// command a volunteer runs (npm run create-leader), signs in, sets up two-step sign-in, sets the
// organization's clock, loads its precincts from a list, adds a person in one, imports a file
// naming those precincts and one more (added when the leader confirms it in the review), and
// names a precinct captain.
// It runs its own `next start` (the build the other tests use) on its own database and port.

const ROOT = path.resolve(import.meta.dirname, '../..');
const LEADER = { email: 'first.leader@example.org', password: 'primera hora en Leaven' };
const E2E_URL = process.env.E2E_DATABASE_URL ?? '';
const ADMIN_URL = withDatabase(E2E_URL, 'postgres');
const NAME = `leaven_first_hour_${process.pid}_${Date.now().toString(36)}`;

let server: ChildProcess | undefined;
let baseURL = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const url = await createDatabase(ADMIN_URL, NAME);
  const leader = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/create-leader.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, LEAVEN_LEADER_EMAIL: LEADER.email, LEAVEN_LEADER_PASSWORD: LEADER.password },
    encoding: 'utf8',
  });
  expect(leader.status, leader.stderr).toBe(0);
  expect(leader.stdout).toContain(`Leader account ${LEADER.email} created`);

  const port = await freePort();
  mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
  const log = openSync(path.join(ROOT, 'test-results/first-hour-server.log'), 'w');
  baseURL = `http://127.0.0.1:${port}`;
  server = spawn('node', ['node_modules/next/dist/bin/next', 'start', '-p', String(port)], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, AUTH_SECRET: process.env.AUTH_SECRET ?? 'e2e-secret-e2e-secret-e2e-secret-e2e', AUTH_TRUST_HOST: 'true', NEXT_TELEMETRY_DISABLED: '1', LEAVEN_STRICT_I18N: '1' },
    // Its log, beside the test's results, says what went wrong on the server side.
    stdio: ['ignore', log, log],
  });
  for (let i = 0; ; i++) {
    const ok = await fetch(`${baseURL}/login`).then((r) => r.ok, () => false);
    if (ok) break;
    if (i > 240) throw new Error('The first-hour server did not start.');
    await new Promise((r) => setTimeout(r, 250));
  }
});

test.afterAll(async () => {
  server?.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  await dropDatabase(ADMIN_URL, NAME).catch(() => undefined);
});

const PLACES = ['ward,precinct,name', '7,1,Parroquia San Pío', '7,2', '7,3', '8,1', '8,2'].join('\n');

test("a new organization's first hour: leader, clock, precincts, a person, an import, a captain", async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ baseURL, locale: 'en-US' });
  const page = await context.newPage();

  // The leader made on the command line signs in: nothing else is in the database.
  await page.goto('/login');
  await page.getByLabel('Email').fill(LEADER.email);
  await page.getByLabel('Password').fill(LEADER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // A leader who is not a demo account sets up two-step sign-in before anything else opens.
  // The first page of a cold server, on a loaded machine, may take longer than the usual 10 s.
  await expect(page).toHaveURL(/\/two-factor$/, { timeout: 30_000 });
  await setUpTwoFactor(page);
  await expect(page.getByRole('navigation').getByRole('link', { name: 'People' }).first()).toBeVisible({ timeout: 30_000 });

  // The organization's clock: west of Chicago.
  await page.goto('/admin/settings');
  await page.getByLabel('Organization name').fill('Barrio Unido');
  await page.getByLabel('Time zone').fill('America/Los_Angeles');
  await page.getByRole('button', { name: 'Save the organization’s settings' }).click();
  await expect(page.getByRole('status')).toContainText('Today is');
  await expect(page.getByText('(America/Los_Angeles)')).toBeVisible();

  // Its precincts, from a list.
  await page.goto('/admin/places');
  await page.getByLabel('List of places (CSV)').setInputFiles({ name: 'precincts.csv', mimeType: 'text/csv', buffer: Buffer.from(PLACES) });
  await page.getByRole('button', { name: 'Load the list' }).click();
  await expect(page.getByRole('status')).toHaveText('Added 2 wards and 5 precincts; renamed 0 precincts.');

  // A person who lives in one of them.
  await page.goto('/people/new');
  await page.getByLabel('First name').fill('Rosa');
  await page.getByLabel('Family name').fill('Primera');
  await page.getByLabel('Ward / precinct').selectOption({ label: '7-2' });
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rosa Primera' })).toBeVisible();

  // A file whose precinct column names those precincts, and one Leaven does not have yet.
  const file = ['Nombre,Apellido,Correo,Distrito,Precinto', 'Ana,Uno,ana.uno@example.org,7,1', 'Beto,Dos,beto.dos@example.org,8,2', 'Cira,Tres,cira.tres@example.org,9,4'].join('\n');
  await page.goto('/imports');
  await page.getByLabel('CSV file').setInputFiles({ name: 'feria.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
  await page.getByRole('button', { name: 'Upload and preview' }).click();
  await page.getByRole('button', { name: 'Check all 3 rows' }).click();
  await expect(page.getByRole('heading', { name: 'Ready to import' })).toBeVisible({ timeout: 30_000 });
  const unknown = page.getByRole('region', { name: /This file names 1 precinct Leaven does not have yet/ });
  await expect(unknown).toContainText('9-4');
  await unknown.getByRole('button', { name: 'Add this precinct and check the file again' }).click();
  await expect(page.getByRole('button', { name: 'Import 3 people' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('region', { name: /Leaven does not have yet/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Import 3 people' }).click();
  await expect(page.getByText('3 people added, 0 updated.')).toBeVisible({ timeout: 30_000 });

  // A captain for precinct 7-2, chosen with the person picker.
  await page.goto('/admin/places');
  await page.getByRole('link', { name: 'Ward 7' }).click();
  await page.getByRole('link', { name: '7-2' }).click();
  await page.getByRole('combobox', { name: 'Choose a captain' }).fill('Rosa');
  await page.getByRole('option', { name: /Rosa Primera/ }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Now: Rosa Primera')).toBeVisible();

  // The places made here work everywhere: the ward picture lists them, with the captain.
  await page.goto('/precincts');
  await expect(page.getByRole('row', { name: /7-2/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /9-4/ })).toBeVisible();
  await context.close();
});
