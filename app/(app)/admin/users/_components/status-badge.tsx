import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import type { TUserStatus } from '@/lib/data/admin/users';

const TONE = { ACTIVE: 'brand', INVITED: 'warm', INVITE_EXPIRED: 'neutral', DISABLED: 'danger' } as const;

export async function StatusBadge({ status }: { status: TUserStatus }) {
  const t = await getTranslations('admin.status');
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
