import { describe, expect, it } from 'vitest';
import { mayText, smsHref, whatsAppHref } from '../../lib/format/text-links';

describe('texting from Leaven', () => {
  it('is offered only where the person said yes to texts, and never on a landline', () => {
    expect(mayText({ smsConsent: 'YES', type: 'MOBILE' })).toBe(true);
    expect(mayText({ smsConsent: 'YES', type: 'UNKNOWN' })).toBe(true);
    expect(mayText({ smsConsent: 'YES', type: 'LANDLINE' })).toBe(false);
    expect(mayText({ smsConsent: 'UNKNOWN', type: 'MOBILE' })).toBe(false);
    expect(mayText({ smsConsent: 'NO', type: 'MOBILE' })).toBe(false);
  });

  it('opens SMS and WhatsApp with the number and a message, accents and all', () => {
    expect(smsHref('+17735550123')).toBe('sms:+17735550123');
    expect(smsHref('+17735550123', 'Hola, ¿vienes?')).toBe('sms:+17735550123?&body=Hola%2C%20%C2%BFvienes%3F');
    expect(whatsAppHref('+525512345678')).toBe('https://wa.me/525512345678');
    expect(whatsAppHref('+17735550123', 'Link: https://x.example/invite/abc')).toBe('https://wa.me/17735550123?text=Link%3A%20https%3A%2F%2Fx.example%2Finvite%2Fabc');
  });
});
