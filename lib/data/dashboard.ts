import type { TActor } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { circleScope, organizationScope, personScope } from '@/lib/data/scope';

/** The home page's figures, each within the actor's scope. */
export async function getHomeSummary(actor: TActor) {
  const today = new Date(new Date().toISOString().slice(0, 10));
  const [people, members, circles, organizations, followUpsDue] = await Promise.all([
    db.person.count({ where: personScope(actor) }),
    db.person.count({ where: { AND: [personScope(actor), { ladderStage: { in: ['MEMBER', 'LEADER'] } }] } }),
    db.circle.count({ where: circleScope(actor) }),
    db.organization.count({ where: organizationScope(actor) }),
    actor.role === 'MEMBER'
      ? Promise.resolve(0)
      : db.interaction.count({ where: { loggedById: actor.userId, followUpDone: false, followUpOn: { lte: today } } }),
  ]);
  return { people, members, circles, organizations, followUpsDue };
}
