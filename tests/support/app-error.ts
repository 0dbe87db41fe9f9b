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

/** Asserts that `p` rejects with an AppError of `code` (and, when given, of message key `message`). */
export async function expectAppError(p: Promise<unknown>, code: string, message?: string): Promise<void> {
  let caught: unknown = null;
  try {
    await p;
  } catch (e) {
    caught = e;
  }
  if (!isAppError(caught)) throw new Error(`expected an AppError ${code}${message ? ` (${message})` : ''}, got ${caught === null ? 'no error' : String(caught)}`);
  if (caught.code !== code || (message !== undefined && caught.message !== message)) {
    throw new Error(`expected AppError ${code}${message ? ` (${message})` : ''}, got ${caught.code} (${caught.message})`);
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
