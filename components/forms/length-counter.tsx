'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';

// A text's length against its limit (lib/validation/limits.ts), shown as the user nears it. The
// control keeps no maxLength: a browser would cut the text there without a word, so past the limit
// the counter says by how much, and the server refuses the save with the same number.

/** Shown from this share of the limit on, so a name field stays quiet until it matters. */
const FROM = 0.8;

export function LengthCounter({ controlId, limit }: { controlId: string; limit: number }) {
  const t = useTranslations('forms');
  const [length, setLength] = useState(0);
  useEffect(() => {
    const control = document.getElementById(controlId) as HTMLInputElement | HTMLTextAreaElement | null;
    if (!control) return;
    const read = () => setLength(control.value.length);
    // A form reset (React resets a form after its action) fires no input event: read after it.
    const afterReset = () => setTimeout(read, 0);
    read();
    control.addEventListener('input', read);
    control.form?.addEventListener('reset', afterReset);
    return () => {
      control.removeEventListener('input', read);
      control.form?.removeEventListener('reset', afterReset);
    };
  }, [controlId]);
  const over = length - limit;
  return (
    <p id={`${controlId}-count`} aria-live="polite" className={`mt-1 text-sm tabular-nums empty:mt-0 ${over > 0 ? 'font-medium text-red-700' : 'text-stone-600'}`}>
      {length >= limit * FROM ? (over > 0 ? t('over', { count: length, limit, over }) : t('count', { count: length, limit })) : null}
    </p>
  );
}
