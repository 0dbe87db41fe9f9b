import { expect, test } from '@playwright/test';
import { DEMO_LOGINS } from '../../prisma/seed/demo-logins';

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
});
