import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { ORG_TIME_ZONE } from '@/lib/format/dates';
import { env } from '@/lib/env';
import { LOCALE_COOKIE, resolveLocale } from '@/lib/i18n/config';
import { loadMessages } from '@/lib/i18n/messages';

export default getRequestConfig(async () => {
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get('accept-language'));
  return {
    locale,
    // Every date next-intl formats is on the organization's clock (lib/format/dates.ts).
    timeZone: ORG_TIME_ZONE,
    messages: await loadMessages(locale),
    // The end-to-end tests run with LEAVEN_STRICT_I18N=1, so a missing translation fails them.
    onError(error) {
      if (env().LEAVEN_STRICT_I18N) throw error;
      console.error(error.message);
    },
  };
});
