import { redirect } from 'next/navigation';
import { requirePage } from '@/lib/entry/page';

export default async function AdminPage() {
  await requirePage('area.admin');
  redirect('/admin/users');
}
