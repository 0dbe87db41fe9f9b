import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { ImportButton } from './import-buttons';

/**
 * A database crash emptied the checked rows of this import (lib/data/imports/staging-lost.ts):
 * said plainly, with the check to run again instead of a review of nothing. The file is safe.
 */
export async function StagingLost({ id, canRecheck }: { id: string; canRecheck: boolean }) {
  const t = await getTranslations('imports.lost');
  return (
    <Card>
      <div role="alert" className="space-y-2">
        <p className="font-semibold text-red-800">{t('title')}</p>
        <p className="text-sm text-stone-800">{canRecheck ? t('body') : t('bodyMapping')}</p>
      </div>
      {canRecheck ? (
        <div className="mt-4">
          <ImportButton id={id} kind="recheck" label={t('recheck')} />
        </div>
      ) : null}
    </Card>
  );
}
