import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { can } from '@/lib/access/capabilities';
import { requireActor } from '@/lib/auth/actor';
import { Dashboard } from './_home/dashboard';
import { MemberHome } from './_home/member-home';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('home'))('title') };
}

/** Leadership and coordinators land on the dashboard (in their scope); members on their own short home. */
export default async function HomePage() {
  const actor = await requireActor();
  return can(actor, 'home.dashboard') ? <Dashboard actor={actor} /> : <MemberHome actor={actor} />;
}
