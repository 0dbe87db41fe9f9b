import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { getFormatter } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import type { TAuditRow } from '@/lib/data/audit-log';
import { displayName } from '@/lib/format/person-name';

type TFormat = Awaited<ReturnType<typeof getFormatter>>;
const TONE: Record<string, 'neutral' | 'brand' | 'warm' | 'danger'> = {
  CREATE: 'brand',
  UPDATE: 'brand',
  DELETE: 'danger',
  PURGE: 'danger',
  EXPORT: 'warm',
  VIEW: 'neutral',
  SIGN_IN_FAILED: 'warm',
  LOCKOUT: 'danger',
  SIGN_IN_REFUSED: 'danger',
  DISABLE: 'danger',
};

/** Each entry: when, who, what, which record, which fields (names only: the log never holds values). */
export async function AuditTable({ rows, personHref, format }: { rows: TAuditRow[]; personHref: (id: string) => string; format: TFormat }) {
  const t = await getTranslations('audit');
  const record = (r: TAuditRow) => {
    if (r.entityType === 'person' && r.entityId) {
      return (
        <span className="flex flex-wrap items-center gap-x-2">
          {r.person ? (
            <Link href={`/people/${r.entityId}`} className="text-brand-800 hover:underline">{displayName(r.person)}</Link>
          ) : (
            <span className="text-stone-500">{t('gone')}</span>
          )}
          <Link href={personHref(r.entityId)} className="text-xs text-stone-500 hover:underline">{t('onlyThis')}</Link>
        </span>
      );
    }
    if (r.entityType === 'user' && r.entityId) {
      return r.userEmail ? <Link href={`/admin/users/${r.entityId}`} className="break-all text-brand-800 hover:underline">{r.userEmail}</Link> : t('entity.user');
    }
    if (r.entityType === 'people_csv') return t('exported', { count: Number(r.entityId ?? 0) });
    return t.has(`entity.${r.entityType}`) ? t(`entity.${r.entityType}`) : r.entityType;
  };
  return (
    <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white shadow-xs">
      <table className="min-w-full divide-y divide-stone-200 text-sm">
        <caption className="sr-only">{t('title')}</caption>
        <thead className="bg-stone-50">
          <tr>
            {[t('when'), t('who'), t('what'), t('record'), t('fields')].map((h) => (
              <th key={h} scope="col" className="px-4 py-2.5 text-left font-semibold text-stone-600">{h}</th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {rows.length === 0 ? (
            <tr>
              <td colSpan={5} className="px-4 py-8 text-center text-stone-500">{t('empty')}</td>
            </tr>
          ) : (
            rows.map((r) => (
              <tr key={r.id} className="align-top hover:bg-stone-50">
                <td className="px-4 py-2.5 whitespace-nowrap tabular-nums">{format.dateTime(r.at, { dateStyle: 'medium', timeStyle: 'medium' })}</td>
                <td className="px-4 py-2.5 break-all">{r.actor ? r.actor.email : <span className="text-stone-500">{t('nobody')}</span>}</td>
                <td className="px-4 py-2.5"><Badge tone={TONE[r.action] ?? 'neutral'}>{t.has(`actions.${r.action}`) ? t(`actions.${r.action}`) : r.action}</Badge></td>
                <td className="px-4 py-2.5">{record(r)}</td>
                <td className="px-4 py-2.5">
                  {r.changedFields.length ? (
                    <span className="flex max-w-md flex-wrap gap-1">
                      {r.changedFields.map((f) => (
                        <code key={f} className="rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-700">{f}</code>
                      ))}
                    </span>
                  ) : (
                    <span className="text-stone-400">—</span>
                  )}
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
