import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { getFormatter } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableHead, Td, Th, Tr } from '@/components/ui/table';
import type { TAuditRow } from '@/lib/data/admin/audit-log';
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
  SECOND_FACTOR_OFF: 'warm',
  SECOND_FACTOR_RESET: 'danger',
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
      return r.userEmail ? <Link href={`/admin/users/${r.entityId}`} className="break-words text-brand-800 hover:underline">{r.userEmail}</Link> : t('entity.user');
    }
    if (r.entityType === 'people_csv') return t('exported', { count: Number(r.entityId ?? 0) });
    if (r.count !== null) {
      // A list of people read at once: one entry, with how many it showed and where.
      const where = r.entityType === 'mobilization' && r.entityId
        ? <Link href={`/mobilizations/${r.entityId}`} className="text-brand-800 hover:underline">{r.mobilization ?? t('entity.mobilization')}</Link>
        : t('throughApi');
      return <span>{t.rich('listed', { count: r.count, where: () => where })}</span>;
    }
    return t.has(`entity.${r.entityType}`) ? t(`entity.${r.entityType}`) : r.entityType;
  };
  const when = (r: TAuditRow) => format.dateTime(r.at, { dateStyle: 'medium', timeStyle: 'medium' });
  const who = (r: TAuditRow) =>
    r.actor ? (
      <span className="flex flex-col">
        <span className="text-stone-900">{r.actor.name ?? r.actor.account}</span>
        {r.actor.name ? <span className="text-xs break-words text-stone-600">{r.actor.account}</span> : null}
      </span>
    ) : (
      <span className="text-stone-600">{t('nobody')}</span>
    );
  const what = (r: TAuditRow) => <Badge tone={TONE[r.action] ?? 'neutral'}>{t.has(`actions.${r.action}`) ? t(`actions.${r.action}`) : r.action}</Badge>;
  const fields = (r: TAuditRow) =>
    r.changedFields.length ? (
      <span className="flex max-w-md flex-wrap gap-1">
        {r.changedFields.map((f) => (
          <code key={f} className="rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-700">{f}</code>
        ))}
      </span>
    ) : (
      <span className="text-stone-500">—</span>
    );
  if (rows.length === 0) {
    return <p className="rounded-xl border border-stone-200 bg-white px-4 py-8 text-center text-sm text-stone-500 shadow-xs">{t('empty')}</p>;
  }
  return (
    <>
      {/* On a phone, one card per entry; from tablet width up, a table. */}
      <ol className="space-y-2 md:hidden" aria-label={t('title')}>
        {rows.map((r) => (
          <li key={r.id} className="space-y-1.5 rounded-xl border border-stone-200 bg-white p-3 text-sm shadow-xs">
            <p className="flex flex-wrap items-center justify-between gap-2">
              {what(r)}
              <span className="text-xs text-stone-500 tabular-nums">{when(r)}</span>
            </p>
            <p>{record(r)}</p>
            <p className="break-words text-stone-600">
              <span className="text-stone-500">{t('who')}: </span>
              {who(r)}
            </p>
            {r.changedFields.length ? fields(r) : null}
          </li>
        ))}
      </ol>
      <Table caption={t('title')} className="hidden md:block">
        <TableHead>
          <tr>
            {[t('when'), t('who'), t('what'), t('record'), t('fields')].map((h) => (
              <Th key={h}>{h}</Th>
            ))}
          </tr>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <Tr key={r.id}>
              <Td className="whitespace-nowrap tabular-nums">{when(r)}</Td>
              <Td className="break-words">{who(r)}</Td>
              <Td>{what(r)}</Td>
              <Td>{record(r)}</Td>
              <Td>{fields(r)}</Td>
            </Tr>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
