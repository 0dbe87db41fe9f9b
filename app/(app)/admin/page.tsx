import { redirect } from 'next/navigation';
import { requireArea } from '@/lib/entry/page';

export default async function AdminPage() {
  await requireArea('admin');
  redirect('/admin/users');
}
