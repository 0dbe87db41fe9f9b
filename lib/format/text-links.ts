// Texting someone from Leaven: the SMS and WhatsApp links beside a phone number, and the one rule
// for when they are offered. Safe to import from client components.

/**
 * Whether Leaven offers to text this number. The one place the rule lives: only a recorded "yes" to
 * texts allows it (unknown is not consent), and never on a number known to be a landline. The
 * person's do-not-contact is checked where the person is known.
 */
export function mayText(phone: { smsConsent: 'YES' | 'NO' | 'UNKNOWN'; type: 'MOBILE' | 'LANDLINE' | 'UNKNOWN' }): boolean {
  return phone.smsConsent === 'YES' && phone.type !== 'LANDLINE';
}

/** An sms: link that opens the phone's messages app, with a message ready when given. */
export function smsHref(e164: string, body?: string): string {
  return `sms:${e164}${body ? `?&body=${encodeURIComponent(body)}` : ''}`;
}

/** A wa.me link that opens a WhatsApp chat with this number (digits only, as WhatsApp wants), with a message ready when given. */
export function whatsAppHref(e164: string, text?: string): string {
  return `https://wa.me/${e164.replace(/\D/g, '')}${text ? `?text=${encodeURIComponent(text)}` : ''}`;
}
