'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import type { CircleRole } from '@/lib/generated/prisma/enums';
import { removeCircleMemberAction, updateCircleMemberAction } from '../actions';

const ROLES: CircleRole[] = ['LEADER', 'MEMBER'];

/** A member's role (changed as soon as it is picked) and a remove button that asks first. */
export function MemberActions({ circleId, personId, name, role }: { circleId: string; personId: string; name: string; role: CircleRole }) {
  const t = useTranslations('circle');
  const tRole = useTranslations('circleRole');
  const [roleState, changeRole, changing] = useActionState(updateCircleMemberAction, null);
  const [removeState, remove, removing] = useActionState(removeCircleMemberAction, null);
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
        <select
          id={`role-${personId}`}
          name="role"
          defaultValue={role}
          disabled={changing}
          onChange={(e) => e.currentTarget.form?.requestSubmit()}
          className="rounded-md border border-stone-300 bg-white py-1.5 pr-8 pl-2 text-sm focus:border-brand-600 focus:ring-2 focus:ring-brand-200 focus:outline-none"
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {tRole(r)}
            </option>
          ))}
        </select>
      </form>
      <form action={remove} className="flex items-center gap-2">
        <input type="hidden" name="circleId" value={circleId} />
        <input type="hidden" name="personId" value={personId} />
        {confirming ? (
          <>
            <button
              type="submit"
              disabled={removing}
              className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-60"
              aria-label={t('confirmRemoveNamed', { name })}
            >
              {t('confirmRemove')}
            </button>
            <button type="button" onClick={() => setConfirming(false)} className="rounded-md px-2 py-1.5 text-sm text-stone-700 hover:bg-stone-100">
              {t('cancel')}
            </button>
          </>
        ) : (
          <button
            type="button"
            onClick={() => setConfirming(true)}
            className="rounded-md px-3 py-1.5 text-sm font-medium text-red-800 ring-1 ring-stone-200 hover:bg-red-50"
            aria-label={t('removeNamed', { name })}
          >
            {t('remove')}
          </button>
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
