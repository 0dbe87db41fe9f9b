import type { Role } from '@/lib/generated/prisma/enums';

// Who the request is acting as. Resolved from the session on every request (lib/auth/actor.ts),
// so a disabled account or a changed role or scope takes effect at once.
export type TActor = {
  userId: string;
  email: string;
  role: Role;
  /** The user's own Person record, if linked. */
  personId: string | null;
  scope: { circleIds: string[]; organizationIds: string[]; precinctIds: string[] };
};

export type TArea = 'people' | 'circles' | 'organizations' | 'mobilizations' | 'precincts' | 'followUps' | 'me' | 'admin';

// Which areas of the app each role reaches. The data layer scopes every record; this only
// decides what the navigation shows and which pages answer at all.
const AREAS: Record<Role, readonly TArea[]> = {
  ADMIN: ['people', 'circles', 'organizations', 'mobilizations', 'precincts', 'followUps', 'me', 'admin'],
  COORDINATOR: ['people', 'circles', 'organizations', 'mobilizations', 'precincts', 'followUps', 'me'],
  MEMBER: ['people', 'circles', 'mobilizations', 'me'],
};

export function canReach(actor: Pick<TActor, 'role'>, area: TArea): boolean {
  return AREAS[actor.role].includes(area);
}

export const isAdmin = (actor: Pick<TActor, 'role'>) => actor.role === 'ADMIN';
