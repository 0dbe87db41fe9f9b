import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ConfirmButton } from '@/components/forms/confirm-button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { roleCan } from '@/lib/access/capabilities';
import { formatDate, formatDateTime } from '@/lib/format/dates';
import { getUser, listScopeOptions } from '@/lib/data/admin/users';
import { displayName } from '@/lib/format/person-name';
import { loadOr404, requireRecordPage } from '@/lib/entry/page';
import { resetSecondFactorAction } from '../actions';
import { AccessForm, LinkForm, RoleForm, ScopeForm } from '../_components/user-controls';
import { StatusBadge } from '../_components/status-badge';

type TProps = { params: Promise<{ id: string }> };

async function load(params: TProps['params']) {
  const { actor, id } = await requireRecordPage('admin.users', (await params).id);
  return { actor, user: await loadOr404(getUser(actor, id)) };
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: (await load(params)).user.account };
}

export default async function UserPage({ params }: TProps) {
  const { actor, user } = await load(params);
  const [t, format, options] = await Promise.all([getTranslations(), getFormatter(), loadOr404(listScopeOptions(actor))]);
  const self = user.id === actor.userId;
  const row = (label: string, value: ReactNode) => (
    <div className="grid grid-cols-[9rem_1fr] gap-2 py-1.5 text-sm">
      <dt className="text-stone-500">{label}</dt>
      <dd className="min-w-0 break-words">{value}</dd>
    </div>
  );
  return (
    <div className="max-w-5xl space-y-4">
      <Link href="/admin/users" className="inline-block text-sm text-brand-800 hover:underline">
        ← {t('admin.users.title')}
      </Link>
      <PageHeader title={user.account} subtitle={<span className="inline-flex items-center gap-2">{t(`role.${user.role}`)} <StatusBadge status={user.status} /></span>} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t('admin.user.account')}>
          <dl>
            {row(
              t('admin.users.person'),
              user.person ? (
                <Link href={`/people/${user.person.id}`} className="text-brand-800 hover:underline">
                  {displayName(user.person)}
                </Link>
              ) : (
                t('admin.user.noPerson')
              ),
            )}
            {row(t('admin.users.lastSignIn'), user.lastSignInAt ? formatDateTime(format, user.lastSignInAt) : t('admin.users.never'))}
            {row(t('admin.user.created'), formatDate(format, user.createdAt))}
          </dl>
          <Link href={`/admin/audit?user=${user.id}`} className="mt-3 inline-block text-sm text-brand-800 hover:underline">
            {t('admin.user.activity')} →
          </Link>
        </Card>
        <Card title={t('admin.user.signIn')}>
          <LinkForm userId={user.id} kind={user.status === 'INVITED' || user.status === 'INVITE_EXPIRED' ? 'invite' : 'reset'} />
          <dl className="mt-4 border-t border-stone-200 pt-3">{row(t('security.reset.status'), user.secondFactorOn ? t('security.reset.on') : t('security.reset.off'))}</dl>
          {user.secondFactorOn && !self ? (
            <div className="mt-3">
              <ConfirmButton action={resetSecondFactorAction} id={user.id} label={t('security.reset.button')} explanation={t('security.reset.explain')} confirmLabel={t('security.reset.confirm')} />
            </div>
          ) : null}
        </Card>
        {self ? (
          <Card title={t('admin.user.roleAndAccess')} className="lg:col-span-2">
            <p className="text-sm text-stone-600">{t('admin.user.selfNote')}</p>
          </Card>
        ) : (
          <>
            <Card title={t('admin.invite.role')}>
              <RoleForm userId={user.id} role={user.role} />
            </Card>
            <Card title={t('admin.user.access')}>
              <AccessForm userId={user.id} disabled={user.status === 'DISABLED'} />
            </Card>
          </>
        )}
        <Card title={t('admin.scope.title')} className="lg:col-span-2">
          {roleCan(user.role, 'scope.assigned') ? (
            <ScopeForm userId={user.id} options={options} chosen={user.scope} />
          ) : (
            <p className="text-sm text-stone-600">{t('admin.scope.onlyCoordinators')}</p>
          )}
        </Card>
      </div>
    </div>
  );
}
