import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { orgClock } from '@/lib/data/admin/clock';
import { env } from '@/lib/env';
import { LOCALE_COOKIE, resolveLocale } from '@/lib/i18n/config';
import { loadMessages } from '@/lib/i18n/messages';

// next-intl's request configuration (next.config.js names this file): the locale, the messages,
// and the organization's time zone, so every date it formats is on the organization's clock.
export default getRequestConfig(async () => {
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get('accept-language'));
  return {
    locale,
    // Every date next-intl formats is on the organization's clock (Admin → Settings).
    timeZone: (await orgClock()).timeZone,
    messages: await loadMessages(locale),
    // The end-to-end tests run with LEAVEN_STRICT_I18N=1, so a missing translation fails them.
    onError(error) {
      if (env().LEAVEN_STRICT_I18N) throw error;
      console.error(error.message);
    },
  };
});
