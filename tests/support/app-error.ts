import { isAppError, type AppError } from '@/lib/errors';

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

/** The AppError a promise rejects with; fails the test if it resolves or rejects with anything else. */
export async function refusalOf(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (isAppError(e)) return e;
    throw e;
  }
  throw new Error('expected a refusal, but it was saved');
}
