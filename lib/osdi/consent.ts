import type { Consent, EmailStatus, PhoneType } from '@/lib/generated/prisma/enums';

// Consent in OSDI's words (Action Network's statuses), both ways. Only "subscribed" is a yes;
// every other status says not to send. Leaven's "unknown" has no OSDI word: it goes out as no
// status at all (never as "subscribed"), and a status left out of a request is no answer (a new
// address or number stays unknown, a known one keeps the answer on record).

export const OSDI_EMAIL_STATUSES = ['subscribed', 'unsubscribed', 'bouncing', 'previous bounce', 'spam complaint', 'previous spam complaint'] as const;
export const OSDI_PHONE_STATUSES = ['subscribed', 'unsubscribed', 'bouncing', 'previous bounce'] as const;

export function emailStatusFromOsdi(status: (typeof OSDI_EMAIL_STATUSES)[number] | undefined): EmailStatus | undefined {
  return status === undefined ? undefined : status === 'subscribed' ? 'SUBSCRIBED' : 'UNSUBSCRIBED';
}

export function smsConsentFromOsdi(status: (typeof OSDI_PHONE_STATUSES)[number] | undefined): Consent | undefined {
  return status === undefined ? undefined : status === 'subscribed' ? 'YES' : 'NO';
}

/** OSDI's number_type ("Mobile") and sms_capable: a number that can take texts is a mobile; one that cannot, a landline. */
export function phoneTypeFromOsdi(numberType: string | undefined, smsCapable: boolean | undefined): PhoneType | undefined {
  const type = numberType?.trim().toLowerCase();
  if (type === 'mobile' || type === 'cell' || type === 'cellular') return 'MOBILE';
  if (type === 'landline') return 'LANDLINE';
  if (smsCapable !== undefined) return smsCapable ? 'MOBILE' : 'LANDLINE';
  return undefined;
}

/** An email's status field, or nothing for unknown. */
export function emailStatusToOsdi(status: EmailStatus): { status?: 'subscribed' | 'unsubscribed' } {
  if (status === 'SUBSCRIBED') return { status: 'subscribed' };
  if (status === 'UNSUBSCRIBED') return { status: 'unsubscribed' };
  return {};
}

/** A phone's type and SMS fields, each left out where Leaven does not know. */
export function phoneToOsdi(type: PhoneType, smsConsent: Consent): { number_type?: 'Mobile'; sms_capable?: boolean; status?: 'subscribed' | 'unsubscribed' } {
  return {
    ...(type === 'MOBILE' ? { number_type: 'Mobile' as const, sms_capable: true } : type === 'LANDLINE' ? { sms_capable: false } : {}),
    ...(smsConsent === 'YES' ? { status: 'subscribed' as const } : smsConsent === 'NO' ? { status: 'unsubscribed' as const } : {}),
  };
}
