import { redirect } from 'next/navigation';
import { requireArea } from '@/lib/page-helpers';

export default async function AdminPage() {
  await requireArea('admin');
  redirect('/admin/users');
}
