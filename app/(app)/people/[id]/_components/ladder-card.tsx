import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import type { TLadderStep } from '@/lib/data/profile/core';
import { displayName } from '@/lib/format/person-name';
import { formatDate } from '@/lib/format/dates';

/** The steps up the ladder of engagement, newest first, with who got the credit for each. */
export async function LadderCard({ steps }: { steps: TLadderStep[] }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <Card title={t('profile.ladder.title')}>
      {steps.length === 0 ? (
        <p className="text-sm text-stone-500">{t('profile.ladder.empty')}</p>
      ) : (
        <ol className="space-y-2 text-sm">
          {steps.map((s) => (
            <li key={s.id} className="border-l-2 border-brand-200 pl-3">
              <p className="font-medium text-stone-900">
                {s.fromStage
                  ? t('profile.ladder.moved', { from: t(`stage.${s.fromStage}`), to: t(`stage.${s.toStage}`) })
                  : t('profile.ladder.entered', { stage: t(`stage.${s.toStage}`) })}
              </p>
              <p className="text-stone-600">
                <time dateTime={s.changedAt.toISOString()}>{formatDate(format, s.changedAt)}</time>
                {s.credited ? (
                  <>
                    {' · '}
                    {t('profile.ladder.credit')}{' '}
                    <Link href={`/people/${s.credited.id}`} className="text-brand-800 hover:underline">
                      {displayName(s.credited)}
                    </Link>
                  </>
                ) : null}
              </p>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
