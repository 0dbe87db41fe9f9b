import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import type { ImportStatus } from '@/lib/generated/prisma/enums';

const TONE: Record<ImportStatus, 'neutral' | 'brand' | 'warm' | 'danger'> = {
  MAPPING: 'warm',
  ANALYSING: 'brand',
  REVIEW: 'warm',
  MERGING: 'brand',
  DONE: 'brand',
  FAILED: 'danger',
  CANCELLED: 'neutral',
  UNDONE: 'neutral',
};

export async function StatusBadge({ status }: { status: ImportStatus }) {
  const t = await getTranslations('imports.status');
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
