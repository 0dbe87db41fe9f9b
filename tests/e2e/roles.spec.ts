import type { Browser, BrowserContext, Page } from '@playwright/test';
import { DEMO_LOGINS } from '../../prisma/seed/demo-logins';
import { queryE2e } from './db';
import { expect, invite, pageAs, PHONE, test } from './fixtures';

// Roles and self-service, as people live them: a leader invites, a member signs in from the link
// on a phone in Spanish, keeps their own details and their people, and reaches nobody else.

const PASSWORD = 'una frase bastante larga';
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const fictionalPhone = () => `773 555 01${String(Math.floor(Math.random() * 100)).padStart(2, '0')}`;

/** A fresh browser on a phone, in Spanish, as someone who has never signed in. */
async function spanishPhone(browser: Browser, headers: Record<string, string> = {}): Promise<BrowserContext> {
  return browser.newContext({ locale: 'es-MX', viewport: PHONE, isMobile: true, hasTouch: true, extraHTTPHeaders: headers });
}

/** The invitee opens the link, says who they are and chooses a password: they land on "Mi perfil". */
async function accept(page: Page, link: string, name: { given: string; family: string }, phone: string) {
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Bienvenido(a) a Leaven' })).toBeVisible();
  await page.getByLabel('Su nombre', { exact: true }).fill(name.given);
  await page.getByLabel('Su apellido', { exact: true }).fill(name.family);
  await page.getByLabel('Su teléfono', { exact: true }).fill(phone);
  await page.getByLabel('Elija una contraseña', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Escriba la contraseña otra vez', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Abrir mi cuenta' }).click();
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole('heading', { level: 1, name: `${name.given} ${name.family}` })).toBeVisible();
}

async function someoneOutsideTheirReach(email: string): Promise<string> {
  const rows = await queryE2e<{ id: string }>(
    `SELECT p.id FROM person p, app_user u
      WHERE u.email = $1 AND p.id IS DISTINCT FROM u.person_id AND p.added_by_user_id IS DISTINCT FROM u.id
        AND p.recruited_by_id IS DISTINCT FROM u.person_id AND p.deleted_at IS NULL
      ORDER BY p.id LIMIT 1`,
    [email],
  );
  return rows[0]!.id;
}

test('a member invited by a leader signs in from the link, keeps their phone and their people, and reaches nobody else', async ({ adminPage, browser }) => {
  test.setTimeout(90_000);
  const email = `invitada.${unique()}@example.org`;
  const link = await invite(adminPage, email);

  const context = await spanishPhone(browser);
  const page = await context.newPage();
  await accept(page, link, { given: 'Marisol', family: `Prueba ${unique()}` }, fictionalPhone());

  // Her phone, in Spanish, on a phone-sized screen.
  const phone = page.getByLabel('Teléfono', { exact: true });
  await phone.fill('312 555 0187');
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Guardado. ¡Gracias!' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Teléfono', { exact: true })).toHaveValue('(312) 555-0187');
  // One column: nothing wider than the phone's screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

  // Someone she knows.
  await page.getByRole('link', { name: 'Mi gente' }).first().click();
  await page.getByRole('link', { name: /Agregar a alguien que conozco/ }).click();
  await page.getByLabel('Nombre', { exact: true }).fill('Rosa');
  await page.getByLabel('Apellido (opcional)').fill('Vecina Prueba');
  await page.getByLabel('Teléfono (opcional)').fill('312 555 0166');
  await page.getByLabel('Es mi…').selectOption('NEIGHBOUR');
  await page.getByRole('button', { name: 'Agregar', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Agregado. ¡Gracias!' })).toBeVisible();
  const row = page.getByRole('listitem').filter({ hasText: 'Rosa Vecina Prueba' });
  await expect(row).toContainText('(312) 555-0166');
  await expect(row).toContainText('Vecino(a)');

  // She corrects Rosa's phone.
  await row.getByRole('link', { name: 'Cambiar a Rosa Vecina Prueba' }).click();
  await page.getByLabel('Teléfono (opcional)').fill('312 555 0167');
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Rosa Vecina Prueba' })).toContainText('(312) 555-0167');

  // Anyone else, by editing the URL: 404, as if they did not exist.
  const other = await someoneOutsideTheirReach(email);
  for (const url of [`/people/${other}`, `/me/people/${other}`]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole('heading', { name: 'No encontrado' })).toBeVisible();
  }
  expect((await page.goto('/admin/users'))?.status()).toBe(404);

  // The invitation was for one use only.
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Este enlace ya se usó' })).toBeVisible();
  await context.close();
});

test('a refused invitation keeps the circles ticked for the coordinator', async ({ adminPage }) => {
  await adminPage.goto('/admin/users/new');
  await adminPage.getByLabel('Their email').fill('not an email');
  await adminPage.getByRole('radio', { name: /^Coordinator/ }).check();
  const circle = adminPage.getByRole('group', { name: /^Circles/ }).getByRole('checkbox').first();
  await circle.check();
  await adminPage.getByRole('button', { name: 'Create invitation link' }).click();
  await expect(adminPage.getByRole('alert').filter({ hasText: 'Some fields need attention.' })).toBeVisible();
  await expect(circle).toBeChecked();
});

test('a disabled user is signed out on their next click', async ({ adminPage, browser }) => {
  test.setTimeout(60_000);
  const email = `desactivar.${unique()}@example.org`;
  const link = await invite(adminPage, email);
  const context = await spanishPhone(browser);
  const page = await context.newPage();
  await accept(page, link, { given: 'Pedro', family: `Salida ${unique()}` }, fictionalPhone());

  await adminPage.goto('/admin/users');
  await adminPage.getByRole('link', { name: email }).click();
  await adminPage.getByRole('button', { name: 'Disable account' }).click();
  await expect(adminPage.getByText('Account disabled. They were signed out everywhere.')).toBeVisible();

  await page.getByRole('link', { name: 'Mi gente' }).first().click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { name: 'Iniciar sesión en Leaven' })).toBeVisible();
  await context.close();
});

test('after 10 failed sign-ins the account is refused with a clear message, while another account signs in', async ({ adminPage, browser }) => {
  test.setTimeout(90_000);
  const email = `bloqueo.${unique()}@example.org`;
  const link = await invite(adminPage, email);
  const setup = await spanishPhone(browser);
  await accept(await setup.newPage(), link, { given: 'Lupe', family: `Bloqueo ${unique()}` }, fictionalPhone());
  await setup.close();

  // Someone guessing, from their own address (a proxy would set this header).
  const attacker = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': `203.0.113.${Math.floor(Math.random() * 250) + 1}` } });
  const page = await attacker.newPage();
  await page.goto('/login');
  /** Submits the form and waits for the server's answer (the previous answer is still on screen until then). */
  const signIn = async (password: string) => {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/login'),
      page.getByRole('button', { name: 'Sign in' }).click(),
    ]);
    // React empties the form once it has the answer; typing before that would be wiped out.
    await expect(page.getByLabel('Password')).toHaveValue('');
  };
  for (let i = 0; i < 10; i++) {
    await signIn(`wrong guess ${i}`);
    await expect(page.getByRole('alert').filter({ hasText: 'do not match an account' })).toBeVisible();
  }
  // Now even the right password is refused, and the page says why.
  await signIn(PASSWORD);
  await expect(page.getByRole('alert').filter({ hasText: 'Too many failed sign-ins' })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  await attacker.close();

  // Another account, from another address, signs in as usual.
  const member = DEMO_LOGINS.find((l) => l.role === 'MEMBER')!;
  const other = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.77' } });
  const otherPage = await other.newPage();
  await otherPage.goto('/login');
  await otherPage.getByLabel('Email').fill(member.email);
  await otherPage.getByLabel('Password').fill(member.password);
  await otherPage.getByRole('button', { name: 'Sign in' }).click();
  await expect(otherPage.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  await other.close();
});

test('an unknown or malformed link gets a clear page, not an error', async ({ page }) => {
  for (const token of ['A'.repeat(43), 'not-a-token']) {
    const response = await page.goto(`/invite/${token}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { name: 'This link does not work' })).toBeVisible();
  }
  const response = await page.goto(`/reset/${'B'.repeat(43)}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('link', { name: 'Go to sign in' })).toBeVisible();
});

test('two saves of My profile from two devices: the second is told, keeps its edits, and can save them', async ({ browser }) => {
  const phoneTab = await pageAs(browser, 'MEMBER', { locale: 'es-MX', viewport: PHONE });
  const laptopTab = await pageAs(browser, 'MEMBER', { locale: 'es-MX' });
  await phoneTab.goto('/me');
  await laptopTab.goto('/me');

  const portuguese = phoneTab.getByRole('checkbox', { name: 'Portugués' });
  await portuguese.setChecked(!(await portuguese.isChecked()));
  await phoneTab.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(phoneTab.getByRole('status').filter({ hasText: 'Guardado' })).toBeVisible();

  const polish = laptopTab.getByRole('checkbox', { name: 'Polaco' });
  const wanted = !(await polish.isChecked());
  await polish.setChecked(wanted);
  await laptopTab.getByRole('button', { name: 'Guardar', exact: true }).click();
  const conflict = laptopTab.getByRole('alert').filter({ hasText: 'Su perfil se cambió en otro lugar' });
  await expect(conflict).toBeVisible();
  await expect(laptopTab.getByRole('checkbox', { name: 'Polaco' })).toBeChecked({ checked: wanted });
  await conflict.getByRole('button', { name: 'Guardar mis cambios' }).click();
  await expect(laptopTab.getByRole('status').filter({ hasText: 'Guardado' })).toBeVisible();
  await laptopTab.reload();
  await expect(laptopTab.getByRole('checkbox', { name: 'Polaco' })).toBeChecked({ checked: wanted });

  await phoneTab.context().close();
  await laptopTab.context().close();
});

test('session cookies are HttpOnly and SameSite=Lax, and Secure when the request came over HTTPS', async ({ playwright, baseURL }) => {
  const member = DEMO_LOGINS.find((l) => l.role === 'MEMBER')!;
  const plain = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.78' } });
  const { csrfToken } = (await (await plain.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const signIn = await plain.post('/api/auth/callback/credentials', { form: { email: member.email, password: member.password, csrfToken }, maxRedirects: 0 });
  const session = signIn.headersArray().find((h) => h.name.toLowerCase() === 'set-cookie' && h.value.includes('session-token'))!.value;
  expect(session).toMatch(/HttpOnly/i);
  expect(session).toMatch(/SameSite=Lax/i);
  await plain.dispose();

  // Behind a proxy that terminates HTTPS, Auth.js switches to __Secure-/__Host- cookies marked Secure.
  const https = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-proto': 'https' } });
  const cookie = (await https.get('/api/auth/csrf')).headersArray().find((h) => h.name.toLowerCase() === 'set-cookie')!.value;
  expect(cookie).toMatch(/^__Host-authjs\.csrf-token=.*; Secure/i);
  await https.dispose();
});
