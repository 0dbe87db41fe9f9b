import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { test, type Page } from '@playwright/test';
import { queryE2e } from './db';
import { pageAs, PHONE } from './fixtures';

// `npm run screenshots`: pictures of the pages at desktop and phone width, in both languages,
// written to screenshots/ for a person to look at. Not part of `npm test`.

const OUT = path.join(import.meta.dirname, '../../screenshots');
mkdirSync(OUT, { recursive: true });
const DESKTOP = { width: 1366, height: 900 };

async function personWithMostDetail(): Promise<string> {
  // Someone with contact details, a recruiter, notes, and the most ties (for the network picture).
  const rows = await queryE2e<{ id: string }>(
    `SELECT p.id FROM person p JOIN person_phone ph ON ph.person_id = p.id JOIN person_email e ON e.person_id = p.id
       LEFT JOIN relationship r ON p.id IN (r.person_a_id, r.person_b_id)
      WHERE p.recruited_by_id IS NOT NULL AND p.notes IS NOT NULL GROUP BY p.id ORDER BY count(r.id) DESC, p.id LIMIT 1`,
  );
  return rows[0]?.id ?? (await queryE2e<{ id: string }>('SELECT id FROM person ORDER BY id LIMIT 1'))[0]!.id;
}

/** The coordinator's hometown club (a full member list) and their organization (point people). */
async function coordinatorCircleAndOrganization(): Promise<{ circle: string; organization: string }> {
  const rows = await queryE2e<{ circle: string; organization: string }>(
    `SELECT (SELECT s.circle_id FROM scope s JOIN circle c ON c.id = s.circle_id WHERE s.user_id = u.id AND c.kind = 'HOMETOWN_CLUB' LIMIT 1) AS circle,
            (SELECT s.organization_id FROM scope s WHERE s.user_id = u.id AND s.organization_id IS NOT NULL LIMIT 1) AS organization
       FROM app_user u WHERE u.email = 'coordinator@example.org'`,
  );
  return rows[0]!;
}

for (const locale of ['en', 'es'] as const) {
  for (const [size, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    test(`screens ${locale} ${size}`, async ({ browser }) => {
      test.setTimeout(120_000);
      const anon = await browser.newContext({ locale: locale === 'es' ? 'es-MX' : 'en-US', viewport });
      const login = await anon.newPage();
      await login.goto('/login');
      await login.screenshot({ path: path.join(OUT, `login-${locale}-${size}.png`), fullPage: true });
      await anon.close();

      const page = await pageAs(browser, 'ADMIN', { locale: locale === 'es' ? 'es-MX' : 'en-US', viewport });
      // An export, so the audit log shows an entry with its fields.
      await page.request.get('/people/export/csv?stage=MEMBER');
      const [bus] = await queryE2e<{ id: string }>(`SELECT id FROM mobilization WHERE kind = 'BUS_TRIP' ORDER BY starts_at LIMIT 1`);
      // The third element: a full-page picture at desktop width too (long pages).
      const shots: [string, string, boolean?][] = [
        ['home', '/'],
        ['people', '/people'],
        ['people-filtered', '/people?stage=MEMBER&sort=precinct&size=25'],
        ['search', '/search?q=mar'],
        ['person-new', '/people/new'],
        ['mobilization-new', '/mobilizations/new'],
        ['person', `/people/${await personWithMostDetail()}`, true],
        ['follow-ups', '/follow-ups', true],
        ['circles', '/circles'],
        ['circle', `/circles/${(await coordinatorCircleAndOrganization()).circle}`],
        ['organizations', '/organizations'],
        ['organization', `/organizations/${(await coordinatorCircleAndOrganization()).organization}`],
        ['precincts', '/precincts'],
        ['admin-users', '/admin/users'],
        ['admin-audit', '/admin/audit'],
        ['mobilization', `/mobilizations/${bus!.id}`],
        ['check-in', `/mobilizations/${bus!.id}/check-in`],
        ['call-list', `/mobilizations/${bus!.id}/calls`],
        ['imports', '/imports'],
        ['export', '/people/export'],
        ['api-tokens', '/settings/api-tokens'],
        ['admin-settings', '/admin/settings'],
        ['trash', '/people/trash'],
      ];
      // Someone in the trash, so its page shows a row with its purge date and buttons.
      const [trashed] = await queryE2e<{ id: string }>(
        `SELECT id FROM person WHERE deleted_at IS NULL AND given_name IS NOT NULL AND id NOT IN (SELECT person_id FROM app_user WHERE person_id IS NOT NULL)
          ORDER BY id OFFSET $1 LIMIT 1`,
        [(locale === 'es' ? 2 : 0) + (size === 'phone' ? 1 : 0)],
      );
      await page.goto(`/people/${trashed!.id}/edit`);
      await page.getByText(locale === 'es' ? 'Eliminar a esta persona' : 'Delete this person').click();
      await page.getByRole('button', { name: locale === 'es' ? 'Sí, eliminar' : 'Yes, delete' }).click();
      await page.waitForURL(/\/people$/);
      for (const [name, url, full] of shots) {
        await page.goto(url);
        await page.screenshot({ path: path.join(OUT, `${name}-${locale}-${size}.png`), fullPage: size === 'desktop' ? Boolean(full) : true });
      }
      await page.context().close();

      // A member's own view: their home and their answer to the bus they are asked to.
      const member = await pageAs(browser, 'MEMBER', { locale: locale === 'es' ? 'es-MX' : 'en-US', viewport });
      for (const [name, url] of [['member-home', '/'], ['member-answer', `/mobilizations/${bus!.id}`]] as const) {
        await member.goto(url);
        await member.screenshot({ path: path.join(OUT, `${name}-${locale}-${size}.png`), fullPage: size === 'desktop' ? false : true });
      }
      await member.context().close();
    });
  }
}

// Places, the organization's settings, and consent where it is recorded and shown.
for (const locale of ['en', 'es'] as const) {
  for (const [size, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    test(`screens places and consent ${locale} ${size}`, async ({ browser }) => {
      const page = await pageAs(browser, 'ADMIN', { locale: locale === 'es' ? 'es-MX' : 'en-US', viewport });
      const [ward] = await queryE2e<{ id: string }>(`SELECT id FROM ward WHERE number = 25`);
      const [precinct] = await queryE2e<{ id: string }>(`SELECT id FROM precinct WHERE captain_id IS NOT NULL OR name IS NOT NULL ORDER BY captain_id NULLS LAST, number LIMIT 1`);
      const person = await personWithMostDetail();
      const shots: [string, string][] = [
        ['admin-places', '/admin/places'],
        ['admin-places-ward', `/admin/places?ward=${ward!.id}`],
        ['admin-precinct', `/admin/places/precincts/${precinct!.id}`],
        ['admin-settings', '/admin/settings'],
        ['person-consent', `/people/${person}`],
        ['person-edit', `/people/${person}/edit`],
      ];
      for (const [name, url] of shots) {
        await page.goto(url);
        await page.screenshot({ path: path.join(OUT, `${name}-${locale}-${size}.png`), fullPage: true });
      }
      await page.context().close();
      const member = await pageAs(browser, 'MEMBER', { locale: locale === 'es' ? 'es-MX' : 'en-US', viewport });
      await member.goto('/me');
      await member.screenshot({ path: path.join(OUT, `me-${locale}-${size}.png`), fullPage: true });
      await member.context().close();
    });
  }
}

// A member's own pages, as most members will see them: on a phone, in Spanish.
test('screens member es phone', async ({ browser }) => {
  const page = await pageAs(browser, 'MEMBER', { locale: 'es-MX', viewport: PHONE });
  for (const [name, url] of [['me', '/me'], ['my-people', '/me/people'], ['my-people-new', '/me/people/new']] as const) {
    await page.goto(url);
    await page.screenshot({ path: path.join(OUT, `${name}-es-phone.png`), fullPage: true });
  }
  await page.context().close();
});
// Two-step sign-in and the sessions list (My profile → Security), and the setup leadership is sent to.
for (const locale of ['en', 'es'] as const) {
  for (const [size, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    test(`security screens ${locale} ${size}`, async ({ browser }) => {
      const es = locale === 'es';
      /** Starts the setup, unless an earlier run of this test already did (the secret waits to be confirmed). */
      const startSetup = async (page: Page) => {
        const start = page.getByRole('button', { name: es ? 'Activar el inicio de sesión en dos pasos' : 'Set up two-step sign-in' });
        if (await start.isVisible()) await start.click();
        await page.getByRole('img', { name: es ? /Código QR/ : /QR code/ }).waitFor();
      };
      const member = await pageAs(browser, 'MEMBER', { locale: es ? 'es-MX' : 'en-US', viewport });
      await member.goto('/me/security');
      await startSetup(member);
      await member.screenshot({ path: path.join(OUT, `security-setup-${locale}-${size}.png`), fullPage: true });
      await member.context().close();
      const admin = await pageAs(browser, 'ADMIN', { locale: es ? 'es-MX' : 'en-US', viewport });
      await admin.goto('/two-factor');
      await startSetup(admin);
      await admin.screenshot({ path: path.join(OUT, `two-factor-${locale}-${size}.png`), fullPage: true });
      await admin.goto('/admin/settings');
      await admin.screenshot({ path: path.join(OUT, `admin-settings-${locale}-${size}.png`), fullPage: true });
      await admin.context().close();
    });
  }
}

/** A sign-in sheet with a few rows to fix, `rows` long, uploaded as the page would. */
async function uploadSheet(page: Page, rows: number): Promise<string> {
  const lines = ['Nombre;Apellido;Teléfono;Correo;Precinto;Distrito;Estatus migratorio;Etiquetas'];
  for (let i = 0; i < rows; i++) {
    const phone = i % 40 === 7 ? '555' : `(773) ${200 + (i % 700)}-${String(1000 + (i % 9000)).padStart(4, '0')}`;
    const precinct = i % 55 === 9 ? '99' : String(1 + (i % 30));
    lines.push(`María ${i};Núñez Peña;${phone};maria.${i}.${Date.now()}@example.org;${precinct};25;;${i % 3 ? 'vecinos, feria' : ''}`);
  }
  const res = await page.request.post('/imports/upload', {
    data: Buffer.from(lines.join('\r\n'), 'latin1'),
    headers: { 'Content-Type': 'text/csv', 'X-File-Name': encodeURIComponent('hoja de firmas.csv') },
  });
  return ((await res.json()) as { id: string }).id;
}

for (const [locale, size, viewport, rows] of [['en', 'desktop', DESKTOP, 60_000], ['es', 'phone', PHONE, 120]] as const) {
  test(`import screens ${locale} ${size}`, async ({ browser }) => {
    test.setTimeout(180_000);
    const page = await pageAs(browser, 'ADMIN', { locale: locale === 'es' ? 'es-MX' : 'en-US', viewport });
    await page.goto(`/imports/${await uploadSheet(page, rows)}`);
    await page.screenshot({ path: path.join(OUT, `import-mapping-${locale}-${size}.png`), fullPage: true });
    await page.getByRole('button', { name: locale === 'es' ? /Revisar/ : /Check all/ }).click();
    await page.getByRole('heading', { name: locale === 'es' ? 'Lista para importar' : 'Ready to import' }).waitFor({ timeout: 60_000 });
    await page.screenshot({ path: path.join(OUT, `import-review-${locale}-${size}.png`), fullPage: true });
    if (rows > 1000) {
      // The check was quick (the upload staged the rows); the merge of a large file shows its bar.
      await page.getByRole('button', { name: /^Import / }).click();
      await page.locator('[role=progressbar][aria-valuenow]').first().waitFor({ timeout: 30_000 });
      await page.waitForTimeout(600); // the bar's width eases to its value
      await page.screenshot({ path: path.join(OUT, `import-progress-${locale}-${size}.png`), fullPage: true });
      await page.getByRole('heading', { name: 'Imported', exact: true }).first().waitFor({ timeout: 90_000 });
    }
    await page.context().close();
  });
}
