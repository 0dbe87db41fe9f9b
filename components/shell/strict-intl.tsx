'use client';

import { NextIntlClientProvider, useLocale } from 'next-intl';
import type { ReactNode } from 'react';

function rethrow(error: Error): never {
  throw error;
}

/**
 * Under LEAVEN_STRICT_I18N=1 (the end-to-end tests) a client component's missing message throws, as a
 * server component's does through lib/entry/intl-request.ts; without this, the client would only log it
 * and show the key (request.ts's onError is a function, so it never reaches the browser). Messages,
 * time zone and formats are inherited from the provider above.
 */
export function StrictIntl({ strict, children }: { strict: boolean; children: ReactNode }) {
  const locale = useLocale();
  if (!strict) return children;
  return (
    <NextIntlClientProvider locale={locale} onError={rethrow}>
      {children}
    </NextIntlClientProvider>
  );
}
