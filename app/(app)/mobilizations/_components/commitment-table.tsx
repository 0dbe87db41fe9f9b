'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/input';
import { EmptyRow, Table, TableBody, TableHead, Td, Th, Tr } from '@/components/ui/table';
import { displayName } from '@/lib/format/person-name';
import { STATUSES } from '@/lib/mobilization/funnel';
import { setStatusAction } from '../actions';
import { NeedsEditor, needsList, type TNeedsValue } from './needs';

type TName = { givenName: string | null; familyName: string | null; preferredName: string | null };
export type TCommitmentItem = {
  id: string; personId: string; name: TName; status: string; quota: string | null; askedBy: (TName & { id: string }) | null; language: string; needs: TNeedsValue;
};

const TONE: Record<string, 'neutral' | 'brand' | 'warm' | 'danger'> = {
  ASKED: 'neutral', COMMITTED: 'warm', CONFIRMED: 'brand', ATTENDED: 'brand', NO_SHOW: 'danger', DECLINED: 'danger',
};

/** The people asked, with a bulk status change: tick the people, pick the status, apply. */
export function CommitmentTable({ mobilizationId, rows }: { mobilizationId: string; rows: TCommitmentItem[] }) {
  const t = useTranslations('mobilizations');
  const tStatus = useTranslations('commitmentStatus');
  const tNeeds = useTranslations('needs');
  const { state, action, pending } = useActionForm(setStatusAction);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  // After a successful change, start the next selection from nothing.
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state?.ok) setPicked(new Set());
  }
  const all = rows.length > 0 && picked.size === rows.length;
  const toggle = (id: string) => setPicked((s) => { const n = new Set(s); if (n.has(id)) n.delete(id); else n.add(id); return n; });
  const formId = `bulk-${mobilizationId}`;

  return (
    <div className="space-y-3">
      <form id={formId} action={action} className="flex flex-wrap items-end gap-2 rounded-xl border border-stone-200 bg-white p-3 shadow-xs">
        <input type="hidden" name="mobilizationId" value={mobilizationId} />
        <label className="text-sm">
          <span className="mb-1 block font-medium text-stone-800">{t('moveTo')}</span>
          <Select inline name="status" defaultValue="CONFIRMED">
            {STATUSES.map((s) => <option key={s} value={s}>{tStatus(s)}</option>)}
          </Select>
        </label>
        <Button type="submit" disabled={pending || picked.size === 0}>
          {t('apply', { count: picked.size })}
        </Button>
        <div className="w-full"><FormMessage state={state} success={state?.ok ? t('updated', { count: state.data.updated }) : undefined} /></div>
      </form>
      <Table caption={t('people')}>
        <TableHead>
          <tr>
            <Th className="w-10">
              <input type="checkbox" aria-label={t('selectAll')} checked={all} onChange={() => setPicked(all ? new Set() : new Set(rows.map((r) => r.id)))} className="size-5 accent-brand-700" />
            </Th>
            <Th>{t('name')}</Th>
            <Th>{t('status')}</Th>
            <Th hideOnPhone>{t('quota')}</Th>
            <Th className="hidden md:table-cell">{t('askedBy')}</Th>
            <Th>{tNeeds('title')}</Th>
          </tr>
        </TableHead>
        <TableBody>
          {rows.length === 0 ? (
            <EmptyRow colSpan={6}>{t('nobody')}</EmptyRow>
          ) : rows.map((r) => {
            const name = displayName(r.name);
            return (
              <Tr key={r.id}>
                <Td>
                  <input type="checkbox" form={formId} name="commitmentIds" value={r.id} checked={picked.has(r.id)} onChange={() => toggle(r.id)} aria-label={t('select', { name })} className="size-5 accent-brand-700" />
                </Td>
                <Td>
                  <Link href={`/people/${r.personId}`} className="font-medium text-brand-800 hover:underline">{name}</Link>
                  <span className="ml-1 text-xs text-stone-500 uppercase">{r.language}</span>
                </Td>
                <Td><Badge tone={TONE[r.status]}>{tStatus(r.status)}</Badge></Td>
                <Td hideOnPhone className="text-stone-700">{r.quota ?? '—'}</Td>
                <Td className="hidden text-stone-700 md:table-cell">{r.askedBy ? displayName(r.askedBy) : '—'}</Td>
                <Td>
                  <NeedsEditor commitmentId={r.id} needs={r.needs} summary={needsList(tNeeds, r.needs) || tNeeds('none')} />
                </Td>
              </Tr>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
