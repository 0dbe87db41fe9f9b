import type { Page } from '@playwright/test';
import { pageRoutes } from './authz/inventory';
import { queryE2e } from './db';
import { expect, pageAs, test } from './fixtures';

// The Content-Security-Policy holds on every page: each page of the app (the authorization
// inventory's list, generated from the source tree) is loaded in Chromium as leadership, as a
// member and signed out, and every CSP violation the browser reports is collected. None may be.

/** The id a route's [id] stands for: a record of the right kind (read only; a missing one shows the 404 page, which must hold too). */
async function idsByArea(): Promise<Record<string, string>> {
  const first = async (sql: string) => (await queryE2e<{ id: string }>(sql))[0]?.id ?? '00000000-0000-4000-8000-000000000000';
  return {
    people: await first(`SELECT id FROM person WHERE deleted_at IS NULL ORDER BY id LIMIT 1`),
    circles: await first(`SELECT id FROM circle WHERE deleted_at IS NULL ORDER BY id LIMIT 1`),
    organizations: await first(`SELECT id FROM organization WHERE deleted_at IS NULL ORDER BY id LIMIT 1`),
    mobilizations: await first(`SELECT id FROM mobilization ORDER BY id LIMIT 1`),
    users: await first(`SELECT id FROM app_user WHERE email = 'coordinator@example.org'`),
    imports: await first(`SELECT id FROM import ORDER BY id LIMIT 1`),
    me: await first(`SELECT p.id FROM person p JOIN app_user u ON p.recruited_by_id = u.person_id WHERE u.email = 'member@example.org' ORDER BY p.id LIMIT 1`),
  };
}

function urlOf(route: string, ids: Record<string, string>): string {
  if (route.includes('[token]')) return route.replace('[token]', 'A'.repeat(43));
  if (route === '/people/merge') return `/people/merge?a=${ids.people}&b=${ids.people}`;
  if (route === '/search') return '/search?q=mar';
  const area = route.startsWith('/me/people') ? 'me' : route.startsWith('/admin/users') ? 'users' : route.split('/')[1]!;
  return route.replace('[id]', ids[area] ?? ids.people!);
}

/** Loads `url` and returns the violations the browser reported, as text. */
async function violationsOn(page: Page, url: string): Promise<string[]> {
  await page.goto(url, { waitUntil: 'networkidle' });
  return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations.splice(0));
}

async function watch(page: Page, found: string[]) {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) found.push(`console: ${m.text()}`);
  });
}

test('no page breaks the Content-Security-Policy, for leadership, a member or a visitor', async ({ browser }) => {
  test.setTimeout(300_000);
  const ids = await idsByArea();
  const routes = pageRoutes();
  const found: string[] = [];
  let pages = 0;
  for (const who of ['ADMIN', 'MEMBER', 'anonymous'] as const) {
    const page = who === 'anonymous' ? await (await browser.newContext({ locale: 'en-US' })).newPage() : await pageAs(browser, who);
    await watch(page, found);
    // A visitor is sent to sign in from every page of the app; the public ones are enough.
    const list = who === 'anonymous' ? routes.filter((r) => ['/login', '/invite/[token]', '/reset/[token]', '/two-factor', '/people'].includes(r)) : routes;
    for (const route of list) {
      const url = urlOf(route, ids);
      found.push(...(await violationsOn(page, url)).map((v) => `${who} ${url}: ${v}`));
      pages++;
    }
    await page.context().close();
  }
  console.log(`CSP: ${pages} page loads, ${found.length} violations`);
  expect(found).toEqual([]);
});

test('every page sends a policy with its own nonce and strict-dynamic, and every script it sends carries that nonce', async ({ request }) => {
  const [a, b] = [await request.get('/login'), await request.get('/login')];
  const policies = [a, b].map((r) => r.headers()['content-security-policy'] ?? '');
  for (const policy of policies) {
    const script = policy.split(';').find((d) => d.trim().startsWith('script-src'))!;
    expect(script).toMatch(/'nonce-[A-Za-z0-9+/=]{20,}'/);
    expect(script).toContain("'strict-dynamic'");
    expect(script).not.toContain("'unsafe-inline'");
  }
  expect(policies[0]).not.toBe(policies[1]);
  const nonce = /'nonce-([^']+)'/.exec(policies[0]!)![1]!;
  const scripts = [...(await a.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
});

test('HSTS is sent behind an HTTPS proxy, and not over plain HTTP', async ({ request }) => {
  expect((await request.get('/login')).headers()['strict-transport-security']).toBeUndefined();
  const https = await request.get('/login', { headers: { 'x-forwarded-proto': 'https' } });
  expect(https.headers()['strict-transport-security']).toBe('max-age=31536000');
});
