import '@fontsource-variable/inter';
import './globals.css';
import type { Metadata, Viewport } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { StrictIntl } from '@/components/shell/strict-intl';
import { env } from '@/lib/env';
import { pickClientMessages } from '@/lib/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('app');
  return { title: { default: t('name'), template: `%s · ${t('name')}` }, description: t('tagline'), robots: { index: false } };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0f766b' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <html lang={locale}>
      <body className="min-h-dvh font-sans">
        {/* Only the client components' messages go to the browser; the locale, time zone, formats and
            `now` still come from lib/entry/intl-request.ts, as the provider reads them when not given. */}
        <NextIntlClientProvider messages={pickClientMessages(messages)}>
          <StrictIntl strict={env().LEAVEN_STRICT_I18N}>{children}</StrictIntl>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
