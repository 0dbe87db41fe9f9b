import { expect, request, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DEMO_LOGINS } from '../../prisma/seed/demo-logins';
import { actionFilesOutsideApp, apiRoutes, builtActions, pageRoutes, sourceActions } from './authz/inventory';
import { ACTIONS, API_ROUTES, PAGES, type TCase, type TExpect, type TWho } from './authz/matrix';
import { resolveRefs } from './authz/records';
import { signedInRequest } from './global-setup';

// Every page, API route and server action, for every kind of visitor, against DESIGN.md's
// "who may see and change what". A record out of scope must answer exactly as a missing one.

const en = JSON.parse(readFileSync(new URL('../../messages/en/common.json', import.meta.url), 'utf8')) as { errors: Record<string, string> };

const LOGIN: Record<Exclude<TWho, 'anonymous'>, (typeof DEMO_LOGINS)[number]> = {
  member: DEMO_LOGINS.find((l) => l.role === 'MEMBER')!,
  coordinator: DEMO_LOGINS.find((l) => l.role === 'COORDINATOR')!,
  admin: DEMO_LOGINS.find((l) => l.role === 'ADMIN')!,
};

function pageOutcome(res: APIResponse): TExpect | string {
  const status = res.status();
  if (status === 200) return 'ok';
  if (status === 404) return '404';
  if (status >= 300 && status < 400) {
    const location = res.headers().location ?? '';
    if (location.includes('/login')) return 'login';
    if (new URL(location, 'http://x').pathname === '/') return 'home';
    return 'elsewhere';
  }
  return `HTTP ${status}`;
}

/** The action's own return value, read from the RSC response (row 0 points at the row that holds it). */
function actionResult(body: string): { ok?: boolean; message?: string; fieldErrors?: unknown } | null {
  const rows = new Map(body.split('\n').map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1)] as const));
  try {
    const head = JSON.parse(rows.get('0') ?? 'null') as { a?: string } | null;
    const ref = head?.a?.replace(/^\$@/, '');
    return ref ? (JSON.parse(rows.get(ref) ?? 'null') as { ok?: boolean; message?: string; fieldErrors?: unknown }) : null;
  } catch {
    return null;
  }
}

/** 'ok' only when the action did what it was asked: a refusal is named (matrix.ts), so it cannot pass an 'ok' cell. */
async function actionOutcome(res: APIResponse): Promise<TExpect | string> {
  const redirect = res.headers()['x-action-redirect'];
  if (redirect) return redirect.includes('/login') ? 'login' : 'ok';
  const result = actionResult(await res.text());
  if (!result) return `HTTP ${res.status()}: no action result`;
  if (result.ok !== false) return 'ok';
  if (result.message === en.errors.signedOut) return 'login';
  if (result.message === en.errors.notFound) return '404';
  if (result.message === en.errors.conflict) return 'conflict';
  // A crash is never an expected refusal.
  if (result.message === en.errors.unexpected) return 'unexpected error';
  if (result.fieldErrors && typeof result.fieldErrors === 'object') return 'invalid';
  return 'refused';
}

test('authorization matrix: every route and action, for every role, in and out of scope', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const missing = [
    ...pageRoutes().filter((r) => !PAGES[r]).map((r) => `page ${r}`),
    ...apiRoutes().filter((r) => !API_ROUTES[r]).map((r) => `API route ${r}`),
    ...sourceActions().filter((a) => !ACTIONS[a]).map((a) => `server action ${a}`),
  ];
  expect(missing, 'add these to tests/e2e/authz/matrix.ts').toEqual([]);
  expect(actionFilesOutsideApp(), "move these 'use server' files under app/").toEqual([]);
  const stale = [...Object.keys(PAGES).filter((r) => !pageRoutes().includes(r)), ...Object.keys(ACTIONS).filter((a) => !sourceActions().includes(a))];
  expect(stale, 'these matrix entries name nothing that exists').toEqual([]);

  const refs = await resolveRefs();
  const as: Record<TWho, APIRequestContext> = {
    anonymous: await request.newContext({ baseURL, extraHTTPHeaders: { 'Accept-Language': 'en-US' } }),
    member: await signedInRequest(baseURL, LOGIN.member.email, LOGIN.member.password),
    coordinator: await signedInRequest(baseURL, LOGIN.coordinator.email, LOGIN.coordinator.password),
    admin: await signedInRequest(baseURL, LOGIN.admin.email, LOGIN.admin.password),
  };
  const failures: string[] = [];
  let cells = 0;
  const check = (what: string, c: TCase, got: string) => {
    cells++;
    if (got !== c.expect) failures.push(`${what} as ${c.as} (${c.label}): expected ${c.expect}, got ${got}`);
  };

  for (const [route, cases] of Object.entries({ ...PAGES, ...API_ROUTES })) {
    for (const c of cases(refs)) check(route, c, pageOutcome(await as[c.as].get(c.url!, { maxRedirects: 0 })));
  }

  const built = builtActions();
  for (const [key, cases] of Object.entries(ACTIONS)) {
    const action = built.find((b) => b.key === key);
    for (const c of cases(refs)) {
      if (!action) {
        failures.push(`${key}: not in the build (is it used by any page?)`);
        break;
      }
      const res = await as[c.as].post(action.page.replace(/\[[^\]]+\]/g, refs.missing), {
        headers: { 'Next-Action': action.id, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component' },
        data: JSON.stringify([null, c.input ?? {}]),
        maxRedirects: 0,
      });
      check(key, c, await actionOutcome(res));
    }
  }

  // Signing out, last: the session it is called with stops working at once.
  const signOut = built.find((b) => b.key === 'app/actions.ts#signOutAction')!;
  const res = await as.member.post('/', { headers: { 'Next-Action': signOut.id, 'Content-Type': 'text/plain;charset=UTF-8' }, data: '[null,{}]', maxRedirects: 0 });
  check('signOutAction', { as: 'member', label: 'sign out', expect: 'login' }, await actionOutcome(res));
  check('/ after sign-out', { as: 'member', label: 'old cookie', expect: 'login' }, pageOutcome(await as.member.get('/', { maxRedirects: 0 })));

  console.log(`authorization matrix: ${cells} cells checked`);
  expect(failures).toEqual([]);
  for (const ctx of Object.values(as)) await ctx.dispose();
});
