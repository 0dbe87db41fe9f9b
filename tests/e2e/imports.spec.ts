import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { queryE2e } from './db';
import { expect, pageAs, PHONE, test } from './fixtures';

// A leader brings a Spanish sign-in sheet in through the pages: upload, mapping and preview,
// the check's counts and the rows to fix (and their download), the import itself, and its undo.

function windows1252(text: string): Buffer {
  return Buffer.from([...text].map((c) => c.charCodeAt(0)));
}

/** A sheet only this test uses: its own emails and phone numbers. */
function sheet() {
  const tag = randomInt(1e9).toString(36);
  const phone = () => `(773) ${randomInt(200, 999)}-${String(randomInt(10_000)).padStart(4, '0')}`;
  const phones = [phone(), phone()];
  const text = [
    'Nombre;Apellido;Teléfono;Correo;Precinto;Distrito;Estatus migratorio;Etiquetas',
    `José;Núñez E2E;${phones[0]};jose.${tag}@example.org;3;25;no dar;vecinos`,
    `María Inés;Güemes E2E;${phones[1]};maria.${tag}@example.org;25-4;;;`,
    `Begoña;Ibáñez E2E;555;begona.${tag}@example;99;25;;`,
  ].join('\r\n');
  return { tag, phones, buffer: windows1252(text) };
}

test('a Spanish sign-in sheet: mapping preview, rows to fix, import, undo', async ({ adminPage: page }) => {
  test.setTimeout(90_000);
  const file = sheet();
  await page.goto('/imports');
  await page.getByLabel('CSV file').setInputFiles({ name: 'hoja de firmas.csv', mimeType: 'text/csv', buffer: file.buffer });
  await page.getByRole('button', { name: 'Upload and preview' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'hoja de firmas.csv' })).toBeVisible();

  // The refused column is named, and gone from the mapping.
  await expect(page.getByRole('note')).toContainText('“Estatus migratorio”');
  await expect(page.getByLabel('Estatus migratorio: Import as')).toHaveCount(0);
  await expect(page.getByLabel('Teléfono: Import as')).toHaveValue('phone');

  // The preview shows the rows as they will be saved, accents intact, problems named.
  const preview = page.getByRole('table', { name: 'The first rows, as they will be saved' });
  await expect(preview.getByRole('row', { name: /José Núñez E2E/ })).toContainText(file.phones[0]!);
  await expect(preview.getByRole('row', { name: /Begoña Ibáñez E2E/ })).toContainText('“555” is not a phone number we can dial');

  // Fixing the mapping updates the preview.
  await page.getByLabel('Etiquetas: Import as').selectOption('');
  await expect(preview.getByRole('row', { name: /José Núñez E2E/ })).not.toContainText('vecinos');
  await page.getByLabel('Etiquetas: Import as').selectOption('tags');
  await expect(preview.getByRole('row', { name: /José Núñez E2E/ })).toContainText('vecinos');

  await page.getByRole('button', { name: 'Check all 3 rows' }).click();
  await expect(page.getByRole('heading', { name: 'Ready to import' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('New people', { exact: true }).locator('..')).toContainText('2');
  await expect(page.getByText('Rows to fix', { exact: true }).locator('..')).toContainText('1');
  const problems = page.getByRole('region', { name: /Rows not imported/ });
  await expect(problems).toContainText('Row 4');
  await expect(problems).toContainText('there is no precinct “99” in Leaven');

  const [download] = await Promise.all([page.waitForEvent('download'), problems.getByRole('link', { name: 'Download the rows to fix (CSV)' }).click()]);
  const csv = readFileSync((await download.path())!);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = csv.toString('utf8');
  expect(text).toContain('"Begoña","Ibáñez E2E","555"');
  expect(text).toContain('"leaven_row","leaven_problem"');
  expect(text).not.toContain('no dar');

  await page.getByRole('button', { name: 'Import 2 people' }).click();
  await expect(page.getByText('2 people added, 0 updated.')).toBeVisible({ timeout: 30_000 });
  const imported = await queryE2e<{ given_name: string; precinct: number }>(
    `SELECT p.given_name, pr.number AS precinct FROM person p JOIN person_email e ON e.person_id = p.id LEFT JOIN precinct pr ON pr.id = p.precinct_id
      WHERE e.email LIKE $1 ORDER BY 1`,
    [`%.${file.tag}@example.org`],
  );
  expect(imported).toEqual([
    { given_name: 'José', precinct: 3 },
    { given_name: 'María Inés', precinct: 4 },
  ]);

  await page.getByRole('button', { name: 'Undo this import' }).click();
  await expect(page.getByText(/This import was undone/)).toBeVisible();
  expect(await queryE2e(`SELECT 1 FROM person_email WHERE email LIKE $1`, [`%.${file.tag}@example.org`])).toEqual([]);
});

test('a file the upload refuses says why, in Spanish, on a phone', async ({ browser }) => {
  const page = await pageAs(browser, 'ADMIN', { locale: 'es-MX', viewport: PHONE });
  await page.goto('/imports');
  await expect(page.getByRole('heading', { level: 1, name: 'Importaciones' })).toBeVisible();
  await page.getByLabel('Archivo CSV').setInputFiles({ name: 'vacío.csv', mimeType: 'text/csv', buffer: Buffer.from('Nombre;Correo\r\n;;\r\n') });
  await page.getByRole('button', { name: 'Subir y ver la vista previa' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Este archivo' })).toHaveText('Este archivo tiene encabezados, pero ninguna fila con personas.');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await page.context().close();
});

test('the people CSV and a circle’s contact cards download for leadership', async ({ adminPage: page }) => {
  await page.goto('/people/export');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  const body = readFileSync((await csv.path())!);
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(body.toString('utf8').split('\r\n')[0]).toContain('"leaven_id","first_name","last_name"');
  const [cards] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download contacts' }).click()]);
  expect(readFileSync((await cards.path())!).toString('utf8')).toMatch(/^BEGIN:VCARD\r\nVERSION:3\.0\r\n/);
});
