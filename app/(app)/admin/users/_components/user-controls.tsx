'use client';

import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { Select } from '@/components/ui/input';
import type { TScopeOptions } from '@/lib/data/admin/users';
import { renewInvitationAction, resetLinkAction, setDisabledAction, setRoleAction, setScopeAction } from '../actions';
import { LinkResult } from './link-result';
import { ScopeChecklist } from './scope-checklist';

const ROLES = ['MEMBER', 'COORDINATOR', 'ADMIN'] as const;

export function RoleForm({ userId, role }: { userId: string; role: string }) {
  const t = useTranslations('admin.user');
  const tInvite = useTranslations('admin.invite');
  const tRole = useTranslations('role');
  const { state, action } = useActionForm(setRoleAction);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <FormMessage state={state} success={t('roleSaved')} />
      <div className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="user-role" className="sr-only">
            {tInvite('role')}
          </label>
          <Select inline id="user-role" name="role" defaultValue={role}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {tRole(r)}
              </option>
            ))}
          </Select>
        </div>
        <SubmitButton>{t('changeRole')}</SubmitButton>
      </div>
      <p className="text-sm text-stone-500">{t('nextRequest')}</p>
    </form>
  );
}

export function AccessForm({ userId, disabled }: { userId: string; disabled: boolean }) {
  const t = useTranslations('admin.user');
  const { state, action } = useActionForm(setDisabledAction);
  // The message says what was just done; the button offers the opposite of the current state.
  const done = state?.ok ? t(state.data.disabled ? 'disabledDone' : 'enabledDone') : undefined;
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? 'false' : 'true'} />
      <FormMessage state={state} success={done} />
      <p className="text-sm text-stone-600">{t(disabled ? 'enableHelp' : 'disableHelp')}</p>
      <SubmitButton variant={disabled ? 'primary' : 'danger'}>{t(disabled ? 'enable' : 'disable')}</SubmitButton>
    </form>
  );
}

export function LinkForm({ userId, kind }: { userId: string; kind: 'invite' | 'reset' }) {
  const t = useTranslations('admin.user');
  const { state, action } = useActionForm(kind === 'invite' ? renewInvitationAction : resetLinkAction);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      {state?.ok ? <LinkResult result={state.data} kind={kind} /> : <FormMessage state={state} />}
      <p className="text-sm text-stone-600">{t(kind === 'invite' ? 'renewHelp' : 'resetHelp')}</p>
      <SubmitButton>{t(kind === 'invite' ? 'renew' : 'reset')}</SubmitButton>
    </form>
  );
}

export function ScopeForm({ userId, options, chosen }: { userId: string; options: TScopeOptions; chosen: { circleIds: string[]; organizationIds: string[]; precinctIds: string[] } }) {
  const t = useTranslations('admin.scope');
  const { state, action } = useActionForm(setScopeAction);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <FormMessage state={state} success={t('saved')} />
      <p className="text-sm text-stone-600">{t('help')}</p>
      <ScopeChecklist options={options} chosen={chosen} />
      <SubmitButton>{t('save')}</SubmitButton>
    </form>
  );
}
