import type { TActor } from '@/lib/access/actor';
import { can } from '@/lib/access/capabilities';
import { queryProfilePerson, queryProfileTies, type TProfilePerson, type TProfileTies } from '@/lib/data/profile/core';
import { queryProfileNetwork, type TNetworkData } from '@/lib/data/profile/network';
import { queryProfileRecruitment, type TProfileRecruitment } from '@/lib/data/profile/recruitment';
import { queryProfileTimeline, type TProfileTimeline } from '@/lib/data/profile/timeline';
import { notFoundError } from '@/lib/errors';

// Everything the profile page shows about one person, in a fixed number of SQL round trips
// however many ties and contacts they have: the person (which also decides NotFound), then
// their ties, their recruitment tree, their network and (for those who may see interactions)
// their timeline, side by side. Five round trips for leadership and coordinators, four for
// members; tests/integration/profile.test.ts counts them.

export const TIMELINE_PAGE = 20;
export const TIMELINE_MAX = 500;

export type TPersonProfile = {
  person: TProfilePerson;
  ties: TProfileTies;
  recruitment: TProfileRecruitment;
  network: TNetworkData;
  /** Null for members, who see no interactions at all. */
  timeline: TProfileTimeline | null;
  can: { logInteractions: boolean; editRecruitment: boolean };
};

export async function getPersonProfile(actor: TActor, id: string, options: { timelineLimit?: number } = {}): Promise<TPersonProfile> {
  const person = await queryProfilePerson(actor, id);
  if (!person) throw notFoundError();
  const limit = Math.min(Math.max(1, Math.floor(options.timelineLimit ?? TIMELINE_PAGE)), TIMELINE_MAX);
  const [ties, recruitment, network, timeline] = await Promise.all([
    queryProfileTies(actor, id),
    queryProfileRecruitment(actor, id),
    queryProfileNetwork(actor, id),
    can(actor, 'interactions.read') ? queryProfileTimeline(actor, id, limit) : Promise.resolve(null),
  ]);
  return { person, ties, recruitment, network, timeline, can: { logInteractions: can(actor, 'interactions.log'), editRecruitment: can(actor, 'people.setRecruiter') } };
}
