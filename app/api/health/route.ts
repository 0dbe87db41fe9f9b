import { healthAnswer, unsafeCheckHealth } from '@/lib/data/health';

// For load balancers and uptime monitors: no session, no input, and nothing in the answer but
// the checks themselves (lib/data/health.ts).
export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const { status, body } = healthAnswer(await unsafeCheckHealth());
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}
