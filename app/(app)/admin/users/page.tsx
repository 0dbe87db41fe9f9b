import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { SimpleTable } from '@/components/ui/simple-table';
import { formatDateTime } from '@/lib/format/dates';
import { listUsers, type TUserRow } from '@/lib/data/admin/users';
import { displayName } from '@/lib/format/person-name';
import { loadOr404, requirePage } from '@/lib/entry/page';
import { StatusBadge } from './_components/status-badge';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.users'))('title') };
}

export default async function UsersPage() {
  const actor = await requirePage('admin.users');
  const [t, format, users] = await Promise.all([getTranslations(), getFormatter(), loadOr404(listUsers(actor))]);
  return (
    <>
      <PageHeader
        title={t('admin.users.title')}
        subtitle={t('admin.users.count', { count: users.length })}
        actions={
          <Link href="/admin/users/new" className={buttonClass()}>
            {t('admin.users.invite')}
          </Link>
        }
      />
      <SimpleTable<TUserRow>
        caption={t('admin.users.title')}
        rows={users}
        rowKey={(u) => u.id}
        empty={t('admin.users.empty')}
        columns={[
          {
            key: 'email',
            header: t('admin.users.email'),
            cell: (u) => (
              <>
                <Link href={`/admin/users/${u.id}`} className="font-medium break-words text-brand-800 hover:underline">
                  {u.account}
                </Link>
                {/* On a phone the role column is hidden; the role shows under the email instead. */}
                <span className="block text-stone-500 sm:hidden">{t(`role.${u.role}`)}</span>
              </>
            ),
          },
          { key: 'role', header: t('admin.users.role'), cell: (u) => t(`role.${u.role}`), hideOnPhone: true },
          { key: 'status', header: t('admin.users.status'), cell: (u) => <StatusBadge status={u.status} /> },
          {
            key: 'person',
            header: t('admin.users.person'),
            hideOnPhone: true,
            cell: (u) =>
              u.person ? (
                <Link href={`/people/${u.person.id}`} className="text-brand-800 hover:underline">
                  {displayName(u.person)}
                </Link>
              ) : (
                <span className="text-stone-500">—</span>
              ),
          },
          {
            key: 'lastSignIn',
            header: t('admin.users.lastSignIn'),
            hideOnPhone: true,
            cell: (u) => (u.lastSignInAt ? formatDateTime(format, u.lastSignInAt) : <span className="text-stone-500">{t('admin.users.never')}</span>),
          },
        ]}
      />
    </>
  );
}
