// The one error type the data layer raises. Pages turn NOT_FOUND into a 404; the action
// wrapper turns each code into a message in the user's language.
export type TAppErrorCode = 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'INVALID';

export class AppError extends Error {
  constructor(
    readonly code: TAppErrorCode,
    message?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message ?? code);
    this.name = 'AppError';
  }
}

// A record that does not exist and a record out of the actor's scope raise the same error,
// so that a URL never reveals whether someone is in the database.
export const notFoundError = () => new AppError('NOT_FOUND');

export function isAppError(e: unknown, code?: TAppErrorCode): e is AppError {
  return e instanceof AppError && (code === undefined || e.code === code);
}
