import { queryE2e } from './db';
import { expect, pageAs, PHONE, test } from './fixtures';

// After a submit, the answer is where the eye is: on a phone the message is scrolled into view,
// focused and announced; a refusal takes focus to the first field to fix (issue 12, item 5).

test('the saved message is in the viewport after Save at 390x844, focused, in a live region', async ({ browser }) => {
  const page = await pageAs(browser, 'COORDINATOR', { locale: 'es-MX', viewport: PHONE });
  await page.goto('/me');
  const portuguese = page.getByRole('checkbox', { name: 'Portugués' });
  await portuguese.setChecked(!(await portuguese.isChecked()));
  const save = page.getByRole('button', { name: 'Guardar', exact: true });
  await save.scrollIntoViewIfNeeded();
  await save.click();
  const saved = page.getByRole('status').filter({ hasText: 'Guardado. ¡Gracias!' });
  await expect(saved).toBeInViewport({ ratio: 1 });
  await expect(page.locator(':focus')).toContainText('Guardado. ¡Gracias!');
  expect(await saved.evaluate((el) => Boolean(el.closest('[aria-live]')))).toBe(true);
  await page.context().close();
});

test('a refused save on a phone takes focus to the first field to fix, in view', async ({ browser }) => {
  const page = await pageAs(browser, 'ADMIN', { viewport: PHONE });
  const [someone] = await queryE2e<{ id: string }>(
    `SELECT id FROM person WHERE deleted_at IS NULL AND given_name IS NOT NULL AND id NOT IN (SELECT person_id FROM app_user WHERE person_id IS NOT NULL) ORDER BY id OFFSET 23 LIMIT 1`,
  );
  await page.goto(`/people/${someone!.id}/edit`);
  await page.getByLabel('ZIP code').fill('x'.repeat(30));
  await page.getByLabel('Notes').fill('A note that stays');
  const save = page.getByRole('button', { name: 'Save changes' });
  await save.scrollIntoViewIfNeeded();
  await save.click();
  const postal = page.getByLabel('ZIP code');
  await expect(postal).toBeFocused();
  await expect(postal).toBeInViewport();
  await expect(page.locator('#field-postalCode-error')).toHaveText('This is too long: at most 20 characters. Nothing was cut; shorten it and save again.');
  await expect(page.getByLabel('Notes')).toHaveValue('A note that stays');
  await page.context().close();
});
