import type { Page } from '@playwright/test';
import { queryE2e } from './db';
import { expect, pageAs, PHONE, test } from './fixtures';

// Leadership sets how long deleted people stay in the trash, sees when each will be purged for
// good, and can purge one at once. (The periodic purge itself is tested against the database:
// tests/integration/trash-purge.test.ts.)

const DAY = 86_400_000;

/** A live person nobody else's test uses (the other specs take theirs from the top of this order). */
async function someone(offset: number) {
  const [p] = await queryE2e<{ id: string; name: string }>(
    `SELECT id, concat_ws(' ', coalesce(preferred_name, given_name), family_name) AS name FROM person
      WHERE deleted_at IS NULL AND given_name IS NOT NULL AND id NOT IN (SELECT person_id FROM app_user WHERE person_id IS NOT NULL)
      ORDER BY id DESC OFFSET $1 LIMIT 1`,
    [offset],
  );
  return p!;
}

async function moveToTrash(page: Page, id: string, labels: { delete: string; confirm: string }) {
  await page.goto(`/people/${id}/edit`);
  await page.getByText(labels.delete).click();
  await page.getByRole('button', { name: labels.confirm }).click();
  await expect(page).toHaveURL(/\/people$/);
  const [row] = await queryE2e<{ deleted_at: Date }>('SELECT deleted_at FROM person WHERE id = $1', [id]);
  return row!.deleted_at;
}

async function setRetention(page: Page, days: string, labels: { field: string; save: string }) {
  await page.goto('/admin/settings');
  await page.getByLabel(labels.field).fill(days);
  await page.getByRole('button', { name: labels.save, exact: true }).click();
}

const purgeDate = (deletedAt: Date, days: number, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'America/Chicago' }).format(new Date(deletedAt.getTime() + days * DAY));

test('leadership sets the retention, is told a bad one next to the field, and sees each purge date in the trash', async ({ adminPage: page }) => {
  const labels = { field: 'Days in the trash before the purge', save: 'Save' };
  await page.goto('/admin');
  await page.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.getByLabel(labels.field)).toHaveValue('30');

  await setRetention(page, '0', labels);
  const field = page.getByLabel(labels.field);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#field-trashRetentionDays-error')).toHaveText('Enter a whole number of days from 1 to 3650.');
  await expect(field).toHaveValue('0'); // kept, to correct

  try {
    await field.fill('45');
    await page.getByRole('button', { name: labels.save, exact: true }).click();
    await expect(page.getByRole('status')).toHaveText('Saved. Deleted people now stay in the trash for 45 days.');
    await page.reload();
    await expect(page.getByLabel(labels.field)).toHaveValue('45');

    const person = await someone(80);
    const deletedAt = await moveToTrash(page, person.id, { delete: 'Delete this person', confirm: 'Yes, delete' });
    await page.goto('/people/trash');
    await expect(page.getByText('Deleted people stay here for 45 days, then are purged for good.')).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: person.name });
    await expect(row).toContainText(`Purged for good on ${purgeDate(deletedAt, 45, 'en-US')}`);

    // Restoring still works from the same row; the person leaves the trash.
    await row.getByRole('button', { name: 'Restore' }).click();
    await expect(row).toHaveCount(0);
  } finally {
    await setRetention(page, '30', labels);
    await expect(page.getByRole('status')).toContainText('30 days');
  }
});

test('in Spanish, on a phone: the setting, its message, and the purge date', async ({ browser }) => {
  const page = await pageAs(browser, 'ADMIN', { locale: 'es-MX', viewport: PHONE });
  const labels = { field: 'Días en la papelera antes de eliminar para siempre', save: 'Guardar' };
  try {
    await setRetention(page, '3651', labels);
    await expect(page.locator('#field-trashRetentionDays-error')).toHaveText('Escriba un número entero de días, de 1 a 3650.');
    await page.getByLabel(labels.field).fill('10');
    await page.getByRole('button', { name: labels.save, exact: true }).click();
    await expect(page.getByRole('status')).toHaveText('Guardado. Las personas eliminadas quedan ahora en la papelera 10 días.');

    const person = await someone(90);
    const deletedAt = await moveToTrash(page, person.id, { delete: 'Eliminar a esta persona', confirm: 'Sí, eliminar' });
    await page.goto('/people/trash');
    const row = page.getByRole('row').filter({ hasText: person.name });
    await expect(row).toContainText(`Se elimina para siempre el ${purgeDate(deletedAt, 10, 'es')}`);
    await row.getByRole('button', { name: 'Restaurar' }).click();
    await expect(row).toHaveCount(0);
  } finally {
    await setRetention(page, '30', labels);
    await expect(page.getByRole('status')).toContainText('30 días');
    await page.context().close();
  }
});

test('"Delete now" asks once more, naming the person, then purges them for good', async ({ adminPage: page }) => {
  const person = await someone(100);
  await moveToTrash(page, person.id, { delete: 'Delete this person', confirm: 'Yes, delete' });
  await page.goto('/people/trash');
  const row = page.getByRole('row').filter({ hasText: person.name });

  await row.getByRole('button', { name: 'Delete now' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete now' });
  await expect(confirm).toContainText(`Delete ${person.name} for good now?`);
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  expect(await queryE2e('SELECT 1 FROM person WHERE id = $1', [person.id])).toHaveLength(1);

  await row.getByRole('button', { name: 'Delete now' }).click();
  await confirm.getByRole('button', { name: 'Yes, delete for good' }).click();
  await expect(page.getByRole('row').filter({ hasText: person.name })).toHaveCount(0);
  expect(await queryE2e('SELECT 1 FROM person WHERE id = $1', [person.id])).toHaveLength(0);
  expect((await page.goto(`/people/${person.id}`))?.status()).toBe(404);
});
