import 'server-only';
import { redirect, RedirectType } from 'next/navigation';
// Next.js exports no public test for a redirect; this is the one its own unstable_rethrow uses.
import { isRedirectError } from 'next/dist/client/components/redirect-error';
import type { TActor } from '@/lib/access/actor';
import { claimIdempotencyKey, releaseIdempotencyKey, saveIdempotentResult } from '@/lib/data/idempotency';
import type { Prisma } from '@/lib/generated/prisma/client';

// A creating action run once per key its form sent (lib/entry/form-data.ts, IDEMPOTENCY_FIELD):
// the second request with the key gets the first one's answer, its redirect included, and nothing
// is created twice. A refusal or a failure releases the key: nothing was done, so the same form
// may be sent again.

type TStored = { data: Prisma.JsonValue } | { redirect: string; type: string };

export async function once<T>(actor: TActor, key: string, action: string, handler: () => Promise<T>): Promise<T> {
  const claim = await claimIdempotencyKey(actor, key, action);
  if (claim.kind === 'again') return replay<T>(claim.result as TStored);
  try {
    const data = await handler();
    // As the browser will read it: dates become strings, undefined becomes null.
    await saveIdempotentResult(actor, key, { data: JSON.parse(JSON.stringify(data ?? null)) as Prisma.InputJsonValue });
    return data;
  } catch (e) {
    if (isRedirectError(e)) {
      // NEXT_REDIRECT;<type>;<url>;<status>;
      const parts = e.digest.split(';');
      await saveIdempotentResult(actor, key, { redirect: parts.slice(2, -2).join(';'), type: parts[1] ?? 'push' });
    } else {
      await releaseIdempotencyKey(actor, key).catch(() => undefined);
    }
    throw e;
  }
}

function replay<T>(stored: TStored): T {
  if ('redirect' in stored) redirect(stored.redirect, stored.type === 'replace' ? RedirectType.replace : RedirectType.push);
  return stored.data as T;
}
