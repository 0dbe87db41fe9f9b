import { isAppError } from '@/lib/errors';

// What each data-layer error means over HTTP, decided once for every route handler: Leaven's own
// routes (lib/entry/route.ts) and the OSDI API (lib/entry/osdi-route.ts), which only word it
// differently. A record out of scope answers exactly as a missing one.
export type THttpError =
  | { status: 404 }
  | { status: 400; message: string; details?: Record<string, unknown> }
  | { status: 409; message: string; details?: Record<string, unknown> }
  | { status: 500 };

export function httpErrorOf(e: unknown): THttpError {
  if (isAppError(e, 'NOT_FOUND') || isAppError(e, 'FORBIDDEN')) return { status: 404 };
  if (isAppError(e, 'INVALID')) return { status: 400, message: e.message, details: e.details };
  if (isAppError(e, 'CONFLICT')) return { status: 409, message: e.message, details: e.details };
  return { status: 500 };
}
