'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { Button, buttonClass } from '@/components/ui/button';
import type { TDelivered } from '../actions';
import { formatDateTime } from '@/lib/format/dates';

/** The one-time link, shown once: to copy and pass on, or word that it was emailed. */
export function LinkResult({ result, kind }: { result: TDelivered; kind: 'invite' | 'reset' }) {
  const t = useTranslations('oneTimeLink');
  const format = useFormatter();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const expires = formatDateTime(format, new Date(result.expiresAt));

  async function copy() {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(result.url ?? '');
      setCopied(true);
    } catch {
      // No clipboard (an insecure page): the text is selected for the user to copy by hand.
    }
  }

  return (
    <div role="status" className="space-y-3 rounded-xl border border-brand-200 bg-brand-50 p-4 text-sm text-brand-900">
      <p className="font-medium">{t(kind === 'invite' ? 'inviteReady' : 'resetReady', { email: result.account })}</p>
      {result.mailFailed ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
          {t('mailFailed', { email: result.account })}
        </p>
      ) : null}
      {result.url ? (
        <>
          <label htmlFor="one-time-link" className="block">
            {t('copyHelp')}
          </label>
          <div className="flex flex-col gap-2 sm:flex-row">
            <input
              ref={input}
              id="one-time-link"
              readOnly
              value={result.url}
              onFocus={(e) => e.currentTarget.select()}
              className="w-full min-w-0 rounded-md border border-brand-300 bg-white px-3 py-2 font-mono text-sm"
            />
            <Button onClick={copy} className="shrink-0">
              {copied ? t('copied') : t('copy')}
            </Button>
          </div>
          {result.share ? (
            // No email: the link goes to their phone, by WhatsApp or SMS, with a message ready.
            <div className="flex flex-wrap items-center gap-2">
              <a href={result.share.whatsApp} target="_blank" rel="noreferrer" className={buttonClass('secondary', 'md')}>
                {t('share.whatsApp')}
              </a>
              <a href={result.share.sms} className={buttonClass('secondary', 'md')}>
                {t('share.sms')}
              </a>
            </div>
          ) : null}
        </>
      ) : (
        <p>{t('emailed', { email: result.account })}</p>
      )}
      <p className="text-brand-800">{t('expires', { date: expires })}</p>
    </div>
  );
}
