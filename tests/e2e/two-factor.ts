import { expect, type Page } from '@playwright/test';
import { totpCode, totpStep } from '../../lib/otp/totp';

/**
 * A leader on /two-factor sets up two-step sign-in as a real one would: reads the secret shown
 * beside the QR code into their app (here: computes the app's code from it), turns it on, keeps
 * the ten recovery codes, and continues to the home page. Returns the secret and the codes.
 */
export async function setUpTwoFactor(page: Page): Promise<{ secret: string; codes: string[] }> {
  await expect(page).toHaveURL(/\/two-factor$/);
  await expect(page.getByRole('heading', { name: 'Set up two-step sign-in' })).toBeVisible();
  await page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
  await expect(page.getByRole('img', { name: 'QR code to scan with your authenticator app' })).toBeVisible();
  const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
  await page.getByLabel('The 6-digit code the app shows now').fill(totpCode(secret, totpStep(Date.now())));
  await page.getByRole('button', { name: 'Turn on' }).click();
  const list = page.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem');
  await expect(list).toHaveCount(10);
  const codes = await list.allInnerTexts();
  await page.getByRole('link', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  return { secret, codes };
}
