import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { request, type APIRequestContext, type FullConfig } from '@playwright/test';
import { DEMO_LOGINS } from '../../prisma/seed/demo-logins';

export const AUTH_DIR = path.join(import.meta.dirname, '../../test-results/.auth');

/** A request context signed in through Auth.js's own endpoint (not the form). */
/** `from`: the client address the server sees (X-Forwarded-For), for requests whose failures must not count against the others'. */
export async function signedInRequest(baseURL: string | undefined, email: string, password: string, from?: string): Promise<APIRequestContext> {
  const ctx = await request.newContext({ baseURL, extraHTTPHeaders: { 'Accept-Language': 'en-US', ...(from ? { 'X-Forwarded-For': from } : {}) } });
  const { csrfToken } = (await (await ctx.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const res = await ctx.post('/api/auth/callback/credentials', {
    form: { email, password, csrfToken, callbackUrl: '/' },
    maxRedirects: 0,
  });
  const cookies = (await ctx.storageState()).cookies;
  if (!cookies.some((c) => c.name.includes('session-token'))) {
    throw new Error(`Could not sign in ${email} for the e2e tests (HTTP ${res.status()}).`);
  }
  return ctx;
}

/** Signs each demo user in once and keeps the cookies for the tests' fixtures. */
export default async function globalSetup(config: FullConfig) {
  const baseURL = config.projects[0]?.use.baseURL;
  mkdirSync(AUTH_DIR, { recursive: true });
  for (const login of DEMO_LOGINS) {
    const ctx = await signedInRequest(baseURL, login.email, login.password);
    await ctx.storageState({ path: path.join(AUTH_DIR, `${login.role}.json`) });
    await ctx.dispose();
  }
}
