// The audit log's verbs: written by the data layer (lib/data/audit.ts), offered as a filter by the
// audit page (lib/validation/audit.ts). Vocabulary, so both import it from below.
export const AUDIT_ACTIONS = [
  'CREATE',
  'UPDATE',
  'DELETE',
  'RESTORE',
  'PURGE',
  'MERGE',
  'EXPORT',
  'VIEW',
  'SIGN_IN',
  'SIGN_IN_FAILED',
  'SIGN_OUT',
  // Sign-in protection: the failure that starts a lockout, and each attempt refused during one.
  'LOCKOUT',
  'SIGN_IN_REFUSED',
  // Users and their one-time links.
  'INVITE',
  'RESET_LINK',
  'ACCEPT_INVITE',
  'RESET_PASSWORD',
  'DISABLE',
  'ENABLE',
  // Two-factor sign-in and sessions.
  'SECOND_FACTOR_ON',
  'SECOND_FACTOR_OFF',
  'SECOND_FACTOR_RESET',
  'RECOVERY_CODES',
  'SIGN_OUT_EVERYWHERE',
] as const;
export type TAuditAction = (typeof AUDIT_ACTIONS)[number];
