import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { SimpleTable } from '@/components/ui/simple-table';
import { formatDateTime } from '@/lib/format/dates';
import { listApiTokens, listTokenUsers, type TApiTokenRow } from '@/lib/data/admin/api-tokens';
import { loadOr404, requirePage } from '@/lib/entry/page';
import { CreateTokenForm } from './_components/create-token-form';
import { RevokeButton } from './_components/revoke-button';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('apiTokens'))('title') };
}

export default async function ApiTokensPage() {
  const actor = await requirePage('admin.apiTokens');
  const [t, tRole, format, tokens, users] = await Promise.all([
    getTranslations('apiTokens'),
    getTranslations('role'),
    getFormatter(),
    loadOr404(listApiTokens(actor)),
    loadOr404(listTokenUsers(actor)),
  ]);
  const when = (d: Date | null) => (d ? formatDateTime(format, d) : t('never'));
  const now = new Date();
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <p className="mb-6 text-sm text-stone-700">{t('docs', { base: '/api/osdi/v1' })}</p>
      <Card title={t('create')} className="mb-8">
        <CreateTokenForm users={users} me={actor.userId} roles={{ ADMIN: tRole('ADMIN'), COORDINATOR: tRole('COORDINATOR'), MEMBER: tRole('MEMBER') }} />
      </Card>
      <h2 className="mb-3 text-lg font-semibold text-stone-900">{t('list')}</h2>
      <SimpleTable<TApiTokenRow>
        caption={t('list')}
        rows={tokens}
        rowKey={(r) => r.id}
        empty={t('empty')}
        columns={[
          { key: 'name', header: t('name'), cell: (r) => <span className="font-medium">{r.name}</span> },
          { key: 'token', header: t('token'), cell: (r) => <code className="text-xs">{r.prefix}…</code>, hideOnPhone: true },
          { key: 'user', header: t('actsAs'), cell: (r) => `${r.user.account} (${tRole(r.user.role)})` },
          { key: 'created', header: t('createdAt'), cell: (r) => when(r.createdAt), hideOnPhone: true, className: 'whitespace-nowrap' },
          { key: 'used', header: t('lastUsed'), cell: (r) => when(r.lastUsedAt), hideOnPhone: true, className: 'whitespace-nowrap' },
          { key: 'expires', header: t('expires'), cell: (r) => when(r.expiresAt), className: 'whitespace-nowrap' },
          {
            key: 'state',
            header: '',
            cell: (r) => (r.revokedAt ? <Badge>{t('revoked')}</Badge> : r.expiresAt <= now ? <Badge>{t('expired')}</Badge> : <RevokeButton id={r.id} name={r.name} />),
            className: 'text-right',
          },
        ]}
      />
    </>
  );
}
