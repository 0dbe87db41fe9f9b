import { getCountryCallingCode } from 'libphonenumber-js';
import { DEFAULT_PHONE_COUNTRY, isPhoneCountry, toE164 } from '@/lib/format/phone';

// The person form's phone rule (toE164, libphonenumber-js), made fast enough for 200,000 rows.
// libphonenumber takes about 20 µs a number; a US or Canadian number written with only digits
// and ( ) - . spaces is +1 and its ten digits, and whether libphonenumber calls it valid depends
// on its first six digits only: every pattern of country code 1 in the metadata ends with at
// least four free digits (\d{4} or longer; tests/unit/import-phone.test.ts checks this against
// the installed metadata). So the answer for a six-digit prefix is remembered, after asking
// libphonenumber about a real number with it. Anything else goes to toE164 itself.

const NANP = /^\+?[\d\s().-]+$/;
const plusOne = new Map<string, boolean>();
/** Whether a national number of the country is +1 and its ten digits (the US, Canada, the Caribbean). */
const callsAsPlusOne = (country: string) => {
  let yes = plusOne.get(country);
  if (yes === undefined) plusOne.set(country, (yes = isPhoneCountry(country) && getCountryCallingCode(country) === '1'));
  return yes;
};
const validPrefix = new Map<string, boolean>();
const MAX_PREFIXES = 100_000;

/** A number without a country code is read as one of `country`'s (the organization's setting). */
export function importPhone(raw: string, country: string = DEFAULT_PHONE_COUNTRY): string | null {
  const input = raw.trim();
  // The shortcut holds wherever a national number means +1 (the US, Canada, the Caribbean).
  if (NANP.test(input) && callsAsPlusOne(country)) {
    const digits = input.replace(/\D/g, '');
    const plus = input.startsWith('+');
    const national = digits.length === 11 && digits[0] === '1' ? digits.slice(1) : digits.length === 10 && !plus ? digits : null;
    if (national && national[0]! >= '2') {
      const prefix = national.slice(0, 6);
      let valid = validPrefix.get(prefix);
      if (valid === undefined) {
        valid = toE164(national, country) === `+1${national}`;
        if (validPrefix.size >= MAX_PREFIXES) validPrefix.clear();
        validPrefix.set(prefix, valid);
      }
      return valid ? `+1${national}` : null;
    }
  }
  return toE164(input, country);
}
