import type { Role } from '@/lib/generated/prisma/enums';

// Who the request is acting as. Resolved from the session on every request (lib/auth/actor.ts),
// so a disabled account or a changed role or scope takes effect at once. What an actor may do is
// in capabilities.ts; which records they reach, in scopes/.
export type TActor = {
  userId: string;
  /** How the user signs in: an email, a phone (E.164), or both. */
  email: string | null;
  phone?: string | null;
  role: Role;
  /** The user's own Person record, if linked. */
  personId: string | null;
  scope: { circleIds: string[]; organizationIds: string[]; precinctIds: string[] };
};
