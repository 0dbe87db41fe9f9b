import { randomUUID } from 'node:crypto';

/**
 * A time-ordered uuid (RFC 9562 version 7), like the database's leaven_uuid_v7(): the first 48
 * bits are the time in milliseconds, the rest random. Made from a random (version 4) uuid, whose
 * variant bits are already right, by writing the time over its first 12 hex digits and 7 over
 * its version digit.
 */
export function uuidV7(now = Date.now()): string {
  const time = now.toString(16).padStart(12, '0');
  const random = randomUUID();
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${random.slice(15)}`;
}
