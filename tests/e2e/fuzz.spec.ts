import { expect, request, test, type APIRequestContext } from '@playwright/test';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { DEMO_LOGINS } from '../../prisma/seed/demo-logins';
import { builtActions, pageRoutes } from './authz/inventory';
import { fuzzHref, hostileJunk } from '../support/fuzz';
import { signedInRequest } from './global-setup';
import { pageAs } from './fixtures';
import { queryE2e } from './db';

// A smaller sample of the fuzz tests against the built app, over HTTP as an attacker sends it
// (tests/integration/fuzz-*.test.ts feed every action and route thousands more in-process): junk
// to every server action, bodies React never sends, hostile addresses for every page. No answer
// may be a server error; a stored script must never run when its page renders.

const en = JSON.parse(readFileSync(new URL('../../messages/en/common.json', import.meta.url), 'utf8')) as { errors: { unexpected: string } };
const PER_ACTION = Number(process.env.LEAVEN_E2E_FUZZ_RUNS ?? 8);
const admin = DEMO_LOGINS.find((l) => l.role === 'ADMIN')!;
const member = DEMO_LOGINS.find((l) => l.role === 'MEMBER')!;

// The fuzz sample's junk sign-ins are failed sign-ins: sent from an address of their own, so the
// sign-in limits (50 failures per address) they reach never refuse the other tests' sign-ins.
const FROM = '192.0.2.66';

const SIGN_OUTS = ['#signOutAction', '#signOutEverywhereAction'];

const json = (v: unknown): string => JSON.stringify(v) ?? String(v);

const post = (ctx: APIRequestContext, page: string, id: string, data: string | Buffer, type = 'text/plain;charset=UTF-8') =>
  ctx.post(page, { headers: { 'Next-Action': id, 'Content-Type': type, Accept: 'text/x-component' }, data, maxRedirects: 0 });

test('every server action answers junk with a refusal, never a server error', async ({ baseURL }) => {
  test.setTimeout(240_000);
  const as = [await signedInRequest(baseURL, admin.email, admin.password, FROM), await signedInRequest(baseURL, member.email, member.password, FROM)];
  const failures: string[] = [];
  let sent = 0;
  // Signing out would end the session the rest of the sample uses; "sign out everywhere" (it takes
  // no input, so junk is a valid call) would also end the demo users' sessions every later test
  // signs in with. The authorization test covers both.
  const actions = builtActions().filter((a) => !SIGN_OUTS.some((key) => a.key.endsWith(key)));
  for (const action of actions) {
    const page = action.page.replace(/\[[^\]]+\]/g, '3f6b1c2e-8a4d-4e5f-9b7a-0c1d2e3f4a5b');
    for (const payload of fc.sample(hostileJunk, { numRuns: PER_ACTION, seed: 2026 })) {
      const res = await post(as[sent++ % 2]!, page, action.id, json([null, payload]));
      const body = await res.text();
      if (res.status() >= 500 || body.includes(en.errors.unexpected)) failures.push(`${action.key} ${json(payload).slice(0, 120)} → ${res.status()}`);
    }
  }
  // Bodies React never sends, to one action: refused before Next.js decodes them.
  const [first] = builtActions();
  for (const [data, type, status] of [
    ['garbage{{', undefined, 400],
    [`${'['.repeat(5_000)}${']'.repeat(5_000)}`, undefined, 400],
    [`[null,{"q":"${'a'.repeat(1_100_000)}"}]`, undefined, 413],
    ['xx', 'multipart/form-data; boundary=zz', 400],
  ] as const) {
    const res = await post(as[0]!, first!.page.replace(/\[[^\]]+\]/g, 'x'), first!.id, data, type);
    sent++;
    if (res.status() !== status) failures.push(`${type ?? 'text'} body of ${data.length} bytes → ${res.status()}, not ${status}`);
  }
  console.log(`e2e fuzz: ${sent} requests to ${actions.length} server actions; failures ${failures.length}`);
  expect(failures).toEqual([]);
  for (const ctx of as) await ctx.dispose();
});

test('every page answers hostile addresses without a server error', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const ctx = await signedInRequest(baseURL, admin.email, admin.password, FROM);
  const anonymous = await request.newContext({ baseURL, extraHTTPHeaders: { 'X-Forwarded-For': FROM } });
  const failures: string[] = [];
  const routes = [...pageRoutes(), '/api/auth/session', '/api/auth/csrf', '/api/auth/providers', '/api/osdi/v1/people'];
  for (const route of routes) {
    for (const href of fc.sample(fuzzHref(route), { numRuns: 4, seed: 2026 })) {
      for (const c of [ctx, anonymous]) {
        const res = await c.get(href, { maxRedirects: 0 });
        if (res.status() >= 500) failures.push(`${href.slice(0, 160)} → ${res.status()}`);
      }
    }
  }
  expect(failures).toEqual([]);
  await ctx.dispose();
  await anonymous.dispose();
});

test('a stored script never runs where it is shown', async ({ browser }) => {
  const page = await pageAs(browser, 'ADMIN');
  const script = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  await page.goto('/people/new');
  await page.getByLabel('First name').fill(`Xss ${script}`);
  await page.getByLabel('Notes').fill(script);
  await page.getByLabel('Tags').fill('xss-check');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('<img src=x');
  for (const url of [page.url(), `/people?q=Xss`, '/search?q=Xss', '/admin/audit']) {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss), url).toBeUndefined();
  }
  expect(dialogs).toBe(0);
  await page.context().close();
});

test('a form sent twice at once creates once', async ({ browser }) => {
  const page = await pageAs(browser, 'ADMIN');
  const name = `Doble Envío ${Date.now()}`;
  await page.goto('/people/new');
  await page.getByLabel('First name').fill(name);
  // Two submissions before the first answer: a double click, or Enter then a click.
  // The person form itself: the page's first form is the header's search.
  await page.getByLabel('First name').evaluate((input) => {
    const form = (input as HTMLInputElement).form!;
    form.requestSubmit();
    form.requestSubmit();
  });
  await expect(page).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
  await expect.poll(async () => Number((await queryE2e<{ n: string }>('SELECT count(*) AS n FROM person WHERE given_name = $1', [name]))[0]!.n)).toBe(1);
  await page.waitForTimeout(1_000);
  expect(Number((await queryE2e<{ n: string }>('SELECT count(*) AS n FROM person WHERE given_name = $1', [name]))[0]!.n)).toBe(1);
  await page.context().close();
});
