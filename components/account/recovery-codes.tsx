'use client';

import { useTranslations } from 'next-intl';

/** Recovery codes, shown once: the user keeps them somewhere safe, away from their phone. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useTranslations('security.twoFactor');
  return (
    <div className="space-y-3 rounded-xl border border-amber-300 bg-amber-50 p-4">
      <h3 className="font-semibold text-amber-950">{t('codesTitle')}</h3>
      <p className="text-sm text-amber-950">{t('codesHelp')}</p>
      <ol aria-label={t('codesTitle')} className="grid grid-cols-1 gap-1 font-mono text-base sm:grid-cols-2">
        {codes.map((code) => (
          <li key={code} className="rounded bg-white px-2 py-1 tracking-wide">
            {code}
          </li>
        ))}
      </ol>
    </div>
  );
}
