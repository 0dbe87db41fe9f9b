import { isAppError } from '@/lib/errors';

/** The AppError code a promise rejects with ('NOT_FOUND', 'FORBIDDEN', ...), or 'none' if it resolves. */
export async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'none';
  } catch (e) {
    if (isAppError(e)) return e.code;
    throw e;
  }
}
