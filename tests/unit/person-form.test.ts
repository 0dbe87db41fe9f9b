import { describe, expect, it } from 'vitest';
import { toE164 as toE164In } from '../../lib/format/phone';
import { personForm } from '../../lib/validation/person';

const ZPersonForm = personForm({ phoneCountry: 'US' });
const toE164 = (raw: string) => toE164In(raw, 'US');

const errorsOf = (input: Record<string, unknown>) => {
  const r = ZPersonForm.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('phone numbers', () => {
  it('normalise what people type to E.164, US by default', () => {
    expect(toE164('773 555 0123')).toBe('+17735550123');
    expect(toE164('(312) 555-0199')).toBe('+13125550199');
    expect(toE164('+52 55 1234 5678')).toBe('+525512345678');
    expect(toE164('555')).toBeNull();
    expect(toE164('call me')).toBeNull();
  });

  it('read a number without a country code as one of the organization’s country', () => {
    const mexico = personForm({ phoneCountry: 'MX' });
    expect(mexico.parse({ givenName: 'Ana', 'phones.0.e164': '55 5555 1234' }).phones[0]?.e164).toBe('+525555551234');
    expect(mexico.parse({ givenName: 'Ana', 'phones.0.e164': '+1 773 555 0123' }).phones[0]?.e164).toBe('+17735550123');
    expect(ZPersonForm.safeParse({ givenName: 'Ana', 'phones.0.e164': '55 5555 1234' }).success).toBe(false);
  });
});

describe('the person form', () => {
  it('turns the flat form fields into phones, emails, tags and languages, dropping empty rows', () => {
    const r = ZPersonForm.parse({
      givenName: 'José',
      'phones.0.e164': '773-555-0123',
      'phones.0.type': 'MOBILE',
      'phones.0.smsConsent': 'YES',
      'phones.1.e164': '',
      'emails.0.email': ' Jose@Example.ORG ',
      'emails.0.status': 'SUBSCRIBED',
      'emails.2.email': 'pepe@example.net',
      tags: 'Bus-Captain, driver, bus-captain',
      languages: ['es', 'en'],
      contactConsent: 'on',
    });
    expect(r.phones).toEqual([{ e164: '+17735550123', type: 'MOBILE', smsConsent: 'YES', doNotCall: false }]);
    // An answer not given (a select left alone, or not sent) is unknown, never a yes.
    expect(r.emails).toEqual([
      { email: 'jose@example.org', status: 'SUBSCRIBED' },
      { email: 'pepe@example.net', status: 'UNKNOWN' },
    ]);
    expect(r.tags).toEqual(['Bus-Captain', 'driver']);
    expect(r.languages).toEqual(['es', 'en']);
    expect(r.contactConsent).toBe(true);
    expect(r.doNotContact).toBe(false);
  });

  it('refuses a tag about immigration status, as an import and the API do', () => {
    expect(errorsOf({ givenName: 'Ana', tags: 'vecina, Citizenship' })).toEqual(['tags:forbiddenTag']);
  });

  it('puts each error on the input that caused it', () => {
    expect(errorsOf({ givenName: 'Ana', 'phones.1.e164': '12', 'emails.0.email': 'ana@' })).toEqual([
      'phones.1.e164:phoneInvalid',
      'emails.0.email:email',
    ]);
    expect(errorsOf({ givenName: 'Ana', 'emails.0.email': `${'a'.repeat(250)}@example.org` })).toEqual(['emails.0.email:tooLong']);
    expect(errorsOf({ givenName: 'Ana', street: 'x'.repeat(201) })).toEqual(['street:tooLong']);
    expect(errorsOf({ preferredName: '' })).toEqual(['givenName:nameRequired']);
    expect(errorsOf({ givenName: 'Ana', 'phones.0.e164': '7735550123', 'phones.2.e164': '(773) 555-0123' })).toEqual([
      'phones.2.e164:duplicateInForm',
    ]);
    expect(errorsOf({ givenName: 'Ana', languages: 'klingon' })).toEqual(['languages.0:invalidChoice']);
    expect(errorsOf({ givenName: 'Ana', precinctId: 'nope' })).toEqual(['precinctId:invalidChoice']);
    expect(errorsOf({ givenName: 'Ana', 'phones.0.e164': '7735550123', 'phones.0.smsConsent': 'MAYBE' })).toEqual(['phones.0.smsConsent:invalidChoice']);
  });
});
