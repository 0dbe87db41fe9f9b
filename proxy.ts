import { NextResponse, type NextRequest } from 'next/server';
import { refuseMalformedRequest } from '@/lib/entry/request-guard';

// Not an authorization check (those live in the data layer): a request Next.js would answer with
// a 500 before Leaven's code runs is answered 400 or 413 here (lib/entry/request-guard.ts).
export async function proxy(request: NextRequest) {
  return (await refuseMalformedRequest(request)) ?? NextResponse.next();
}

export const config = {
  // Every page and action; not Next's own files. (The upload and the API answer for their bodies.)
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
