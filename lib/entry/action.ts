import 'server-only';
import { revalidatePath } from 'next/cache';
import { unstable_rethrow } from 'next/navigation';
// Next.js exports no public test for a redirect; this is the one its own unstable_rethrow uses.
import { isRedirectError } from 'next/dist/client/components/redirect-error';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { getActor, getActorSettingUpSecondFactor, getSignedIn } from '@/lib/auth/actor';
import { takeRateLimit, type TRateLimitKind } from '@/lib/data/limits/rate-limit';
import type { TActor } from '@/lib/access/actor';
import { orgClock } from '@/lib/data/admin/clock';
import type { TOrgLocale } from '@/lib/format/org-locale';
import { isAppError } from '@/lib/errors';
import { echoable, formDataToObject, idempotencyKeyOf, withoutNul, type TFormValues } from '@/lib/entry/form-data';
import { once } from '@/lib/entry/idempotent';

// The one wrapper every server action goes through (STYLE.md rule 2). Server actions are public
// POST endpoints: this resolves the actor, parses the input with its zod schema, calls the data
// layer, revalidates, and answers with a result the form can show, in the user's language.

export type TFieldErrors = Record<string, string>;
export type { TFormValues };
export type TActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; fieldErrors?: TFieldErrors; message?: string; details?: Record<string, unknown>; values?: TFormValues };

type TOptions = {
  revalidate?: string[];
  /**
   * A creating action, by name: a form sent twice with the key the form driver adds (a double
   * click, a retry) creates once, and both requests get the first one's answer.
   */
  idempotent?: string;
  /** Calls per session, counted before the input is parsed (lib/data/limits/rate-limit.ts). */
  rateLimit?: TRateLimitKind;
  /** Open to a leader who must still set up a second factor: the setup's own actions only. */
  duringSecondFactorSetup?: true;
};

/**
 * A schema, or a schema made for the organization's clock and phone country (a date or phone
 * field reads what is typed in the organization's zone and country), built per request.
 */
type TSchema<S extends z.ZodType> = S | ((org: TOrgLocale) => S);

async function run<S extends z.ZodType, T>(
  actor: TActor | null,
  given: TSchema<S>,
  raw: unknown,
  handler: (input: z.output<S>) => Promise<T>,
  options: TOptions,
): Promise<TActionResult<T>> {
  const t = await getTranslations('errors');
  const input = raw instanceof FormData ? formDataToObject(raw) : withoutNul(raw);
  const values = raw instanceof FormData ? echoable(input as TFormValues) : undefined;
  const schema = typeof given === 'function' ? given(await orgClock()) : given;
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: TFieldErrors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path.map(String).join('.') || '_form';
      fieldErrors[field] ??= issueMessage(t, issue);
    }
    return { ok: false, fieldErrors, message: t('checkFields'), values };
  }
  const key = idempotencyKeyOf(input);
  const call = () => handler(parsed.data);
  try {
    const data = actor && options.idempotent && key ? await once(actor, key, options.idempotent, call) : await call();
    revalidate(options);
    return { ok: true, data };
  } catch (e) {
    // A handler that redirects has succeeded: the redirect is thrown past the happy path above,
    // so the pages it changed are revalidated here, before the redirect goes on to Next.js.
    if (isRedirectError(e)) revalidate(options);
    unstable_rethrow(e); // redirects and notFound() are not errors
    if (isAppError(e, 'NOT_FOUND') || isAppError(e, 'FORBIDDEN')) return { ok: false, message: t('notFound'), values };
    if (isAppError(e, 'CONFLICT')) return { ok: false, message: t('conflict'), details: e.details, values };
    if (isAppError(e, 'INVALID')) {
      const message = t.has(e.message) ? t(e.message) : t('invalid');
      const field = typeof e.details?.field === 'string' ? e.details.field : undefined;
      return { ok: false, message, fieldErrors: field ? { [field]: message } : undefined, details: e.details, values };
    }
    console.error('[action] unexpected error', e);
    return { ok: false, message: t('unexpected'), values };
  }
}

/** An issue's catalog key in the user's language; a text over its limit is told the limit (lib/validation/limits.ts). */
function issueMessage(t: Awaited<ReturnType<typeof getTranslations<'errors'>>>, issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_big' && issue.origin === 'string' && issue.message === 'tooLong') return t('tooLongMax', { max: Number(issue.maximum) });
  return t.has(issue.message) ? t(issue.message) : t('invalid');
}

function revalidate(options: TOptions) {
  for (const path of options.revalidate ?? []) revalidatePath(path);
}

/** An action for a signed-in user. Anyone else gets the same answer as for a missing record. */
export function authedAction<S extends z.ZodType, T>(
  schema: TSchema<S>,
  handler: (actor: TActor, input: z.output<S>) => Promise<T>,
  options: TOptions = {},
) {
  return async (_prev: TActionResult<T> | null, raw: unknown): Promise<TActionResult<T>> => {
    const actor = options.duringSecondFactorSetup ? await getActorSettingUpSecondFactor() : await getActor();
    if (!actor) {
      const t = await getTranslations('errors');
      return { ok: false, message: t('signedOut') };
    }
    if (options.rateLimit) {
      const limit = await takeRateLimit(options.rateLimit, (await getSignedIn())!.token);
      if (!limit.ok) {
        const t = await getTranslations('errors');
        return { ok: false, message: t('rateLimited', { seconds: limit.retryAfterSeconds }) };
      }
    }
    return run(actor, schema, raw, (input) => handler(actor, input), options);
  };
}

/** An action open to anyone (sign-in, language choice). */
export function publicAction<S extends z.ZodType, T>(
  schema: TSchema<S>,
  handler: (input: z.output<S>) => Promise<T>,
  options: TOptions = {},
) {
  return async (_prev: TActionResult<T> | null, raw: unknown): Promise<TActionResult<T>> =>
    run(null, schema, raw, handler, options);
}
