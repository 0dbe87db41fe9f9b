import type { Browser, Page } from '@playwright/test';
import { totpCode, totpStep } from '../../lib/otp/totp';
import { expect, invite, test } from './fixtures';
import { setUpTwoFactor } from './two-factor';

// A new leader's sign-in, as strangers and the leader live it: made to set up two-step sign-in,
// then ten wrong passwords from a stranger's address that do not keep the leader out of their own,
// a code from the app, a recovery code that works once, and "sign out everywhere".

const PASSWORD = 'una frase bastante larga';
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
/**
 * A client address, as the reverse proxy in front would add it (the app reads the last entry).
 * Each call another one: the leader's own address must never be the stranger's.
 */
let lastAddress = Math.floor(Math.random() * 250);
const address = () => `203.0.113.${(lastAddress++ % 250) + 1}`;

async function fromAddress(browser: Browser, at: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', extraHTTPHeaders: { 'x-forwarded-for': at } });
  return context.newPage();
}

/**
 * The password step; resolves once the server has answered (the form is emptied then). After the
 * stranger's failures the account's sign-in is slowed (up to 8 s), hence the longer wait.
 */
async function submitPassword(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/login', { timeout: 30_000 }),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
  // React empties the form once it has the answer; typing before that would be wiped out.
  await expect(page.getByLabel('Password')).toHaveValue('', { timeout: 30_000 });
}

async function signInWithCode(page: Page, email: string, code: string) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Two-step sign-in is on for this account.')).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('Code').fill(code);
  await page.getByRole('button', { name: 'Continue' }).click();
}

test('a new leader sets up two-step sign-in, a stranger’s ten wrong passwords do not keep them out, and a recovery code works once', async ({ adminPage, browser }) => {
  test.setTimeout(150_000);
  const email = `lider.${unique()}@example.org`;
  const link = await invite(adminPage, email, 'Leadership');

  // The invitee opens the link and chooses a password: as a leader, they are sent to set up the second step.
  const leader = await fromAddress(browser, address());
  await leader.goto(link);
  await leader.getByLabel('Your first name', { exact: true }).fill('Rosa');
  await leader.getByLabel('Your family name', { exact: true }).fill(`Líder ${unique()}`);
  await leader.getByLabel('Choose a password', { exact: true }).fill(PASSWORD);
  await leader.getByLabel('Type the password again', { exact: true }).fill(PASSWORD);
  await leader.getByRole('button', { name: 'Open my account' }).click();
  await expect(leader).toHaveURL(/\/two-factor$/);
  await expect(leader.getByRole('heading', { name: 'Set up two-step sign-in' })).toBeVisible();
  // Nothing else opens until then.
  await leader.goto('/people');
  await expect(leader).toHaveURL(/\/two-factor$/);

  const { secret, codes } = await setUpTwoFactor(leader);
  await leader.context().close();

  // A stranger guesses ten times from their address: that address is refused, even the right password.
  const stranger = await fromAddress(browser, address());
  await stranger.goto('/login');
  for (let i = 0; i < 10; i++) {
    await submitPassword(stranger, email, `wrong guess ${i}`);
    await expect(stranger.getByRole('alert').filter({ hasText: 'do not match an account' })).toBeVisible();
  }
  await submitPassword(stranger, email, PASSWORD);
  await expect(stranger.getByRole('alert').filter({ hasText: 'Too many failed sign-ins' })).toBeVisible();
  await stranger.context().close();

  // The leader, from their own address, signs in with the password and a code from the app (the
  // next step's: the one the setup used is spent), and is told of the failed attempts.
  const again = await fromAddress(browser, address());
  await signInWithCode(again, email, totpCode(secret, totpStep(Date.now()) + 1));
  await expect(again.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  await expect(again.getByRole('alert').filter({ hasText: 'There were 10 failed attempts to sign in to your account' })).toBeVisible();
  await again.context().close();

  // A recovery code instead of the app: once.
  const lostPhone = await fromAddress(browser, address());
  await signInWithCode(lostPhone, email, codes[0]!);
  await expect(lostPhone.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  await lostPhone.context().close();
  const reuse = await fromAddress(browser, address());
  await signInWithCode(reuse, email, codes[0]!);
  await expect(reuse.getByRole('alert').filter({ hasText: 'That code is not right, or it was used already' })).toBeVisible();

  // With another code, then "sign out everywhere" from the list of sessions.
  await reuse.getByLabel('Code').fill(codes[1]!);
  await reuse.getByRole('button', { name: 'Continue' }).click();
  await expect(reuse.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  await reuse.goto('/me/security');
  const sessions = reuse.getByRole('list', { name: 'Where you are signed in' });
  // The invitation's, the code's, the first recovery code's, and this one: none was signed out.
  await expect(sessions.getByRole('listitem')).toHaveCount(4);
  await expect(sessions.getByText('This device')).toBeVisible();
  await reuse.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(reuse).toHaveURL(/\/login/);
  await reuse.goto('/people');
  await expect(reuse).toHaveURL(/\/login/);
  await reuse.context().close();
});
