// Mobilizations happen at a time on the organization's clock, whatever the browser's or the
// server's clock says. This is the zone lib/i18n/request.ts formats every date in.
export const ORG_TIME_ZONE = 'America/Chicago';

function parts(at: Date, timeZone: string) {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  });
  const get = (type: string) => Number(f.formatToParts(at).find((p) => p.type === type)?.value);
  return { y: get('year'), m: get('month'), d: get('day'), h: get('hour'), min: get('minute') };
}

/** The zone's offset from UTC at that moment, in milliseconds (Chicago in winter: -6 h). */
function offsetAt(at: Date, timeZone: string): number {
  const p = parts(at, timeZone);
  return Date.UTC(p.y, p.m - 1, p.d, p.h, p.min) - Math.floor(at.getTime() / 60_000) * 60_000;
}

/** "2027-03-14T07:30" on the zone's clock to the moment it names. */
export function wallTimeToUtc(wall: string, timeZone = ORG_TIME_ZONE): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(wall);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(asUtc)) return null;
  // Two passes settle the offset on either side of a daylight-saving change.
  let guess = asUtc - offsetAt(new Date(asUtc), timeZone);
  guess = asUtc - offsetAt(new Date(guess), timeZone);
  return new Date(guess);
}

/** The moment as a datetime-local value on the zone's clock, for a form's default. */
export function utcToWallTime(at: Date, timeZone = ORG_TIME_ZONE): string {
  const p = parts(at, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${p.y}-${two(p.m)}-${two(p.d)}T${two(p.h)}:${two(p.min)}`;
}
