import { getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/** The settings' default: a number written without a country code is a US one. */
export const DEFAULT_PHONE_COUNTRY = 'US';

/** Whether libphonenumber knows the country: an ISO 3166 alpha-2 code it has numbers for. */
export function isPhoneCountry(code: string): code is CountryCode {
  return /^[A-Z]{2}$/.test(code) && isSupportedCountry(code);
}

const asCountry = (code: string): CountryCode => (isPhoneCountry(code) ? code : DEFAULT_PHONE_COUNTRY);

/** A phone as typed ("773 555 0123", "+52 55 1234 5678") to E.164; a number without a country code is read as `country`'s. */
export function toE164(raw: string, country: string): string | null {
  const parsed = parsePhoneNumberFromString(raw.trim(), asCountry(country));
  return parsed?.isValid() ? parsed.number : null;
}

/** An E.164 number as people read it: national format within the organization's calling code (+1 for the US), international otherwise. */
export function formatPhone(e164: string, country: string = DEFAULT_PHONE_COUNTRY): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.countryCallingCode === getCountryCallingCode(asCountry(country)) ? parsed.formatNational() : parsed.formatInternational();
}
