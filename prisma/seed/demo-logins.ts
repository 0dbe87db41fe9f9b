import type { Role } from '../../lib/generated/prisma/enums';

// The demo seed's sign-ins, one per role. They exist only in a database the demo seed filled
// (their users carry is_demo = true), and the README and the start script print them.

export type TDemoLogin = { role: Role; email: string; password: string };

export const DEMO_LOGINS: readonly TDemoLogin[] = [
  { role: 'ADMIN', email: 'admin@example.org', password: 'leaven-admin-demo' },
  { role: 'COORDINATOR', email: 'coordinator@example.org', password: 'leaven-coordinator-demo' },
  { role: 'MEMBER', email: 'member@example.org', password: 'leaven-member-demo' },
];
