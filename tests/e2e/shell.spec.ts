import { expect, pageAs, PHONE, test } from './fixtures';

test.describe('the app shell', () => {
  test('leadership sees every area and can switch to Spanish, which is remembered', async ({ browser }) => {
    const page = await pageAs(browser, 'ADMIN');
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Main navigation' }).first();
    for (const area of ['People', 'Circles', 'Organizations', 'Mobilizations', 'Precincts', 'My profile']) {
      await expect(nav.getByRole('link', { name: area })).toBeVisible();
    }
    await page.getByRole('button', { name: /Language: Español/ }).first().click();
    await expect(page.getByRole('heading', { name: 'Bienvenida, bienvenido' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');

    const navEs = page.getByRole('navigation', { name: 'Navegación principal' }).first();
    await navEs.getByRole('link', { name: 'Personas' }).click();
    await expect(page.getByRole('heading', { name: 'Personas' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Personas' })).toBeVisible();

    await page.getByRole('button', { name: /Idioma: English/ }).first().click();
    await expect(page.getByRole('heading', { name: 'People' })).toBeVisible();
    await page.context().close();
  });

  test('a member sees only their own areas', async ({ memberPage: page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Main navigation' }).first();
    await expect(nav.getByRole('link', { name: 'My profile' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Organizations' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Precincts' })).toHaveCount(0);
    await page.goto('/organizations');
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  });

  test('works at phone width: the navigation scrolls sideways, nothing overflows the page', async ({ browser }) => {
    const page = await pageAs(browser, 'COORDINATOR', { viewport: PHONE });
    await page.goto('/people');
    const nav = page.getByRole('navigation', { name: 'Main navigation' }).last();
    await expect(nav).toBeVisible();
    await nav.getByRole('link', { name: 'Circles' }).click();
    await expect(page.getByRole('heading', { name: 'Circles' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  test('on a phone, the current tab is scrolled into view, wherever it sits in the strip', async ({ browser }) => {
    const page = await pageAs(browser, 'ADMIN', { viewport: PHONE });
    for (const [url, tab] of [['/imports', 'Imports'], ['/admin/users', 'Admin'], ['/people', 'People']] as const) {
      await page.goto(url);
      const current = page.getByRole('navigation', { name: 'Main navigation' }).last().getByRole('link', { name: tab });
      await expect(current).toHaveAttribute('aria-current', 'page');
      await expect(current).toBeInViewport({ ratio: 1 });
    }
    await page.context().close();
  });
});