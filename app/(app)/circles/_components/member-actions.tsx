'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/input';
import type { CircleRole } from '@/lib/generated/prisma/enums';
import { removeCircleMemberAction, updateCircleMemberAction } from '../actions';

const ROLES: CircleRole[] = ['LEADER', 'MEMBER'];

/** A member's role (changed as soon as it is picked) and a remove button that asks first. */
export function MemberActions({ circleId, personId, name, role }: { circleId: string; personId: string; name: string; role: CircleRole }) {
  const t = useTranslations('circle');
  const tRole = useTranslations('circleRole');
  const { state: roleState, action: changeRole, pending: changing } = useActionForm(updateCircleMemberAction);
  const { state: removeState, action: remove, pending: removing } = useActionForm(removeCircleMemberAction);
  const [confirming, setConfirming] = useState(false);
  const error = (roleState && !roleState.ok && roleState.message) || (removeState && !removeState.ok && removeState.message);

  return (
    <div className="flex flex-wrap items-center gap-2">
      <form action={changeRole}>
        <input type="hidden" name="circleId" value={circleId} />
        <input type="hidden" name="personId" value={personId} />
        <label className="sr-only" htmlFor={`role-${personId}`}>
          {t('changeRole', { name })}
        </label>
        <Select
          look="row"
          inline
          id={`role-${personId}`}
          name="role"
          defaultValue={role}
          disabled={changing}
          onChange={(e) => e.currentTarget.form?.requestSubmit()}
          className="pr-8"
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {tRole(r)}
            </option>
          ))}
        </Select>
      </form>
      <form action={remove} className="flex items-center gap-2">
        <input type="hidden" name="circleId" value={circleId} />
        <input type="hidden" name="personId" value={personId} />
        {confirming ? (
          <>
            <Button type="submit" variant="danger" size="sm" disabled={removing} aria-label={t('confirmRemoveNamed', { name })}>
              {t('confirmRemove')}
            </Button>
            <Button variant="ghost" size="sm" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </Button>
          </>
        ) : (
          <Button variant="outlineDanger" size="sm" onClick={() => setConfirming(true)} aria-label={t('removeNamed', { name })}>
            {t('remove')}
          </Button>
        )}
      </form>
      {error ? (
        <p role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
