import type { TActor } from '../../lib/access/actor';
import { createApiToken } from '../../lib/data/admin/api-tokens';

// Calls an OSDI route handler as Next would, with a token, and reads its JSON answer.

export const OSDI_BASE = 'http://leaven.test/api/osdi/v1';

type THandler = (request: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
type TInit = { token?: string; method?: string; body?: unknown; raw?: string };

export async function callOsdi(handler: THandler, path: string, init: TInit = {}, params: Record<string, string> = {}) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (init.token) headers['OSDI-API-Token'] = init.token;
  const body = init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
  const res = await handler(new Request(`${OSDI_BASE}${path}`, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body }), { params: Promise.resolve(params) });
  const text = await res.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON body, read freely by the assertions
  return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : null) as Record<string, any> };
}

/** The Leaven id in an OSDI resource's identifiers. */
export const leavenId = (resource: { identifiers?: string[] }) => resource.identifiers![0]!.replace('leaven:', '');

type TRoleKey = 'admin' | 'coordinator' | 'member';
type TOrgUsers = { actors: { admin: TActor }; users: Record<TRoleKey, { id: string }> };

/** One API token per role of the small organization, made by leadership as on the settings page. */
export async function tokensFor(org: TOrgUsers): Promise<Record<TRoleKey, string>> {
  const make = async (role: TRoleKey) => (await createApiToken(org.actors.admin, { name: `Test ${role}`, userId: org.users[role].id })).token;
  return { admin: await make('admin'), coordinator: await make('coordinator'), member: await make('member') };
}
