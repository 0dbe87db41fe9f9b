import { UNKNOWN_ADDRESS } from '@/lib/data/account/sessions';

// The address a sign-in comes from, for the sign-in limits (lib/data/account/sign-in-limit.ts).
//
// Security: Next.js fills `x-forwarded-for` with the socket's address when no proxy set it, and
// a reverse proxy in front (README "Configuration") appends the address it saw. So the LAST entry
// is the one a client cannot choose; earlier entries are whatever the client sent. A client that
// reaches Next.js directly can still claim any address, which is why an account's failures from
// every address also slow each attempt on it down.

export function clientAddress(headers: Pick<Headers, 'get'>): string {
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const address = forwarded.at(-1) ?? headers.get('x-real-ip')?.trim();
  return address ? address.slice(0, 100) : UNKNOWN_ADDRESS;
}
