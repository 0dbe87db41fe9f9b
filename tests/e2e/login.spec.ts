import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { DEMO_LOGINS } from '../../prisma/seed/demo-logins';
import { queryE2e } from './db';
import { pageAs } from './fixtures';

const admin = DEMO_LOGINS.find((l) => l.role === 'ADMIN')!;

test.describe('signing in', () => {
  test('an anonymous visitor is sent to the sign-in page', async ({ page }) => {
    await page.goto('/people');
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole('heading', { name: 'Sign in to Leaven' })).toBeVisible();
  });

  test('a wrong password and an unknown email get the same clear message', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const message = page.getByRole('alert').filter({ hasText: 'do not match an account' });
    await expect(message).toBeVisible();
    await expect(page).toHaveURL(/\/login/);

    await page.getByLabel('Email').fill('nobody@example.org');
    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(message).toBeVisible();
  });

  test('an empty form gets a message beside each field', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.locator('#field-email-error')).toHaveText('This field is required.');
    await expect(page.locator('#field-password-error')).toHaveText('This field is required.');
  });

  test('the right password opens the app, and signing out closes it', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Email').fill(admin.email.toUpperCase());
    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).first()).toBeVisible();

    await page.getByRole('button', { name: 'Sign out' }).first().click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto('/people');
    await expect(page).toHaveURL(/\/login/);
  });

  test('the sign-in page speaks Spanish to a Spanish browser', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'es-MX' });
    const page = await context.newPage();
    await page.goto('/login');
    await expect(page.getByRole('heading', { name: 'Iniciar sesión en Leaven' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await context.close();
  });

  for (const next of ['%2F%09%2Fevil.example%2F', '/.//evil.example', '%2F%5Cevil.example']) {
    test(`signing in from a link with next=${next} stays on this site`, async ({ page, baseURL }) => {
      await page.goto(`/login?next=${next}`);
      await page.getByLabel('Email').fill(admin.email);
      await page.getByLabel('Password').fill(admin.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    });
  }

  test("the session that page scripts can read holds no session id", async ({ browser }) => {
    const page = await pageAs(browser, 'ADMIN');
    await page.goto('/');
    const session = await page.evaluate(async () => (await fetch('/api/auth/session')).text());
    expect(session).not.toMatch(/"sid"/);
    // No string in it is the token of a session row (the database keeps each token's SHA-256).
    const strings = [...session.matchAll(/"([^"\\]{20,})"/g)].map((m) => createHash('sha256').update(m[1]!).digest('hex'));
    const rows = await queryE2e<{ n: string }>('SELECT count(*) AS n FROM session WHERE token_hash = ANY($1)', [strings]);
    expect(Number(rows[0]!.n)).toBe(0);
    // …and the app still knows who is signed in.
    await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
    await page.context().close();
  });
});
