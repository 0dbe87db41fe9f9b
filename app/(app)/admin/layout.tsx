import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { requirePage } from '@/lib/entry/page';
import { AdminTabs } from './_components/admin-tabs';

// Leadership only. Each page and data function checks again: a layout is not a security boundary.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requirePage('area.admin');
  const t = await getTranslations('admin.tabs');
  return (
    <>
      <AdminTabs
        label={t('label')}
        items={[
          { href: '/admin/users', label: t('users') },
          { href: '/admin/audit', label: t('audit') },
          { href: '/admin/places', label: t('places') },
          { href: '/admin/settings', label: t('settings') },
        ]}
      />
      {children}
    </>
  );
}
