import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { TPersonDetail } from '@/lib/data/people/list';
import { displayName } from '@/lib/format/person-name';
import { formatDate, formatDay } from '@/lib/format/dates';
import { formatPhone } from '@/lib/format/phone';
import { mayText, smsHref, whatsAppHref } from '@/lib/format/text-links';

/** The fields shown; both getPerson's TPersonDetail and the profile's TProfilePerson have them. */
export type TPersonDetailView = Omit<TPersonDetail, 'preferredLanguage' | 'version' | 'updatedAt'>;

/** A person's record as the viewer may see it: used by the profile page and by "My profile". */
export async function PersonDetails({ person }: { person: TPersonDetailView }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const address = [person.street, person.city, person.postalCode].filter(Boolean).join(', ');
  // An answer about texts or email, with when and how it was recorded where that is known.
  const answer = (text: string, at: Date | null, how: string | null) => {
    const howText = how ? t(`consent.how.${how}`) : null;
    const full = howText && at ? t('consent.recorded', { answer: text, how: howText, when: formatDate(format, at) }) : howText ? t('consent.recordedHowOnly', { answer: text, how: howText }) : text;
    return <span className="text-stone-600"> · {full}</span>;
  };
  const row = (label: string, value: ReactNode) => (
    <div className="grid grid-cols-[8rem_1fr] gap-2 py-1.5 text-sm sm:grid-cols-[10rem_1fr]">
      <dt className="text-stone-500">{label}</dt>
      <dd className="min-w-0 break-words text-stone-900">{value || <span className="text-stone-500">{t('person.none')}</span>}</dd>
    </div>
  );
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card title={t('person.contact')}>
        <div className="mb-3 flex flex-wrap gap-2">
          {person.doNotContact ? <Badge tone="danger">{t('person.doNotContact')}</Badge> : null}
          {person.contactConsent ? <Badge tone="brand">{t('person.consent')}</Badge> : <Badge>{t('person.noConsent')}</Badge>}
        </div>
        <dl>
          {row(
            t('person.phones'),
            person.phones.length ? (
              <ul>
                {person.phones.map((p) => (
                  <li key={p.e164} className="flex flex-wrap items-baseline gap-x-2">
                    <span>
                      <a href={`tel:${p.e164}`} className="text-brand-800 tabular-nums hover:underline">
                        {formatPhone(p.e164)}
                      </a>
                      {p.type !== 'UNKNOWN' ? <span className="text-stone-600"> · {t(`consent.phoneTypes.${p.type}`)}</span> : null}
                      {answer(t(`consent.smsShown.${p.smsConsent}`), p.smsConsentAt, p.smsConsentHow)}
                      {p.doNotCall ? ` · ${t('person.doNotCall')}` : ''}
                    </span>
                    {/* Texting only where the person may be contacted and the number may be texted (mayText). */}
                    {!person.doNotContact && mayText(p) ? (
                      <span className="flex gap-2 text-sm">
                        <a href={smsHref(p.e164)} aria-label={`${t('person.sms')} ${formatPhone(p.e164)}`} className="font-medium text-brand-800 hover:underline">
                          {t('person.sms')}
                        </a>
                        <a href={whatsAppHref(p.e164)} target="_blank" rel="noreferrer" aria-label={`${t('person.whatsApp')} ${formatPhone(p.e164)}`} className="font-medium text-brand-800 hover:underline">
                          {t('person.whatsApp')}
                        </a>
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : null,
          )}
          {row(
            t('person.emails'),
            person.emails.length ? (
              <ul>
                {person.emails.map((e) => (
                  <li key={e.email}>
                    {e.email}
                    {answer(t(`consent.emailShown.${e.status}`), e.statusAt, e.statusHow)}
                  </li>
                ))}
              </ul>
            ) : null,
          )}
          {row(t('person.address'), address)}
          {row(t('person.languages'), person.languages.map((l) => l.toUpperCase()).join(', '))}
          {row(t('person.pronouns'), person.pronouns)}
        </dl>
      </Card>
      <Card title={t('people.stage')}>
        <dl>
          {row(t('people.stage'), t(`stage.${person.ladderStage}`))}
          {row(
            t('person.memberSince'),
            person.memberSince ? formatDay(format, person.memberSince) : null,
          )}
          {row(
            t('person.recruitedBy'),
            person.recruitedBy ? (
              <Link href={`/people/${person.recruitedBy.id}`} className="text-brand-800 hover:underline">
                {displayName(person.recruitedBy)}
              </Link>
            ) : null,
          )}
          {row(t('people.voter'), t(`voter.${person.registeredVoter}`))}
          {row(t('person.source'), person.source)}
          {row(
            t('person.tags'),
            person.tags.length ? (
              <span className="flex flex-wrap gap-1">
                {person.tags.map(({ tag }) => (
                  <Badge key={tag.name} tone="warm">
                    {tag.name}
                  </Badge>
                ))}
              </span>
            ) : null,
          )}
        </dl>
      </Card>
      {person.notes ? (
        <Card title={t('person.notes')} className="lg:col-span-2">
          <p className="text-sm whitespace-pre-wrap">{person.notes}</p>
        </Card>
      ) : null}
    </div>
  );
}

export function personTitle(person: Pick<TPersonDetail, 'givenName' | 'familyName' | 'preferredName'>) {
  return displayName(person);
}
