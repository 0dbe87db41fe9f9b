import path from 'node:path';
import { test as base, expect, type Browser, type Page } from '@playwright/test';
import { AUTH_DIR } from './global-setup';

type TRole = 'ADMIN' | 'COORDINATOR' | 'MEMBER';

/** A page signed in as the demo user of a role (see tests/e2e/global-setup.ts). */
export async function pageAs(browser: Browser, role: TRole, options: { locale?: string; viewport?: { width: number; height: number } } = {}): Promise<Page> {
  const context = await browser.newContext({
    storageState: path.join(AUTH_DIR, `${role}.json`),
    locale: options.locale ?? 'en-US',
    ...(options.viewport ? { viewport: options.viewport, isMobile: options.viewport.width < 600, hasTouch: options.viewport.width < 600 } : {}),
  });
  return context.newPage();
}

export const PHONE = { width: 390, height: 844 };

export const test = base.extend<{ adminPage: Page; coordinatorPage: Page; memberPage: Page }>({
  adminPage: async ({ browser }, provide) => {
    const page = await pageAs(browser, 'ADMIN');
    await provide(page);
    await page.context().close();
  },
  coordinatorPage: async ({ browser }, provide) => {
    const page = await pageAs(browser, 'COORDINATOR');
    await provide(page);
    await page.context().close();
  },
  memberPage: async ({ browser }, provide) => {
    const page = await pageAs(browser, 'MEMBER');
    await provide(page);
    await page.context().close();
  },
});

/**
 * Types a search into the people table, as soon as the page is there (before it has finished
 * starting up, on a busy machine), and waits for the URL to carry it. A search typed that early
 * was once wiped out by the box catching up with the URL late (seen in CI).
 */
export async function searchPeopleTable(page: Page, text: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search people' }).fill(text);
  await expect(page).toHaveURL((url) => url.searchParams.get('q') === text.trim());
}

/** The leader invites someone from the users page and copies the link the page shows. */
export async function invite(leader: Page, email: string, role: 'Member' | 'Coordinator' | 'Leadership' = 'Member'): Promise<string> {
  await leader.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await leader.goto('/admin/users');
  await leader.getByRole('link', { name: 'Invite someone' }).click();
  await leader.getByLabel('Their email').fill(email);
  await leader.getByRole('radio', { name: new RegExp(`^${role}`) }).check();
  await leader.getByRole('button', { name: 'Create invitation link' }).click();
  await expect(leader.getByText(`Invitation ready for ${email}.`)).toBeVisible();
  await leader.getByRole('button', { name: 'Copy link' }).click();
  await expect(leader.getByRole('button', { name: 'Copied' })).toBeVisible();
  const link = await leader.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  return link;
}

export { expect };
