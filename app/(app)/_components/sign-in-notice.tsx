'use client';

import Link from 'next/link';
import { useState } from 'react';
import type { TFormAction } from '@/components/forms/server-action';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';

type TProps = { message: string; openLabel: string; dismissLabel: string; dismiss: TFormAction<null> };

/** The failed attempts to sign in to this account since the user last signed in: told once, until dismissed. */
export function SignInNotice({ message, openLabel, dismissLabel, dismiss }: TProps) {
  const [hidden, setHidden] = useState(false);
  const { action } = useActionForm(dismiss);
  if (hidden) return null;
  return (
    <div role="alert" className="mb-4 flex flex-wrap items-center gap-3 rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
      <p className="min-w-0 flex-1">{message}</p>
      <Link href="/me/security" className="font-medium text-brand-800 hover:underline">
        {openLabel}
      </Link>
      <form action={action} onSubmit={() => setHidden(true)}>
        <Button type="submit" variant="secondary" size="sm">
          {dismissLabel}
        </Button>
      </form>
    </div>
  );
}
