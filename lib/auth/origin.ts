import 'server-only';
import { headers } from 'next/headers';
import { env } from '@/lib/env';

/**
 * The address people reach Leaven at, for links sent to them: AUTH_URL when set (it must be, behind
 * a proxy that rewrites the host), else the host and protocol of the current request.
 */
export async function appOrigin(): Promise<string> {
  const configured = env().AUTH_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost:3000';
  const proto = h.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? 'http';
  return `${proto}://${host}`;
}
