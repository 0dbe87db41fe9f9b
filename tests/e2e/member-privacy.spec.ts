import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { queryE2e } from './db';
import { expect, test } from './fixtures';

// What a member's browser receives, both as HTML and as the server-component (RSC) payload the
// app fetches on navigation, must hold no phone of anyone outside "their own record and their
// people". Co-members of their circles come first: they are the likeliest to leak.

const MEMBER = 'member@example.org';

async function phones(inScope: boolean): Promise<string[]> {
  const rows = await queryE2e<{ e164: string }>(
    `WITH u AS (SELECT id, person_id FROM app_user WHERE email = $1),
          mine AS (SELECT p.id FROM person p, u WHERE p.id = u.person_id OR p.added_by_user_id = u.id OR p.recruited_by_id = u.person_id),
          my_circles AS (SELECT cm.circle_id FROM circle_membership cm, u WHERE cm.person_id = u.person_id)
     SELECT ph.e164, bool_or(cm.circle_id IS NOT NULL) AS near FROM person_phone ph
       LEFT JOIN circle_membership cm ON cm.person_id = ph.person_id AND cm.circle_id IN (SELECT circle_id FROM my_circles)
      WHERE ${inScope ? '' : 'NOT'} (ph.person_id IN (SELECT id FROM mine))
        AND ${inScope ? 'TRUE' : 'ph.e164 NOT IN (SELECT e164 FROM person_phone WHERE person_id IN (SELECT id FROM mine))'}
      GROUP BY ph.e164 ORDER BY near DESC, ph.e164 LIMIT 300`,
    [MEMBER],
  );
  return rows.map((r) => r.e164);
}

/** Every way a page could show a number: +17735550123, (773) 555-0123, 7735550123. */
function spellings(e164: string): string[] {
  const parsed = parsePhoneNumberFromString(e164);
  return [e164, parsed?.formatNational(), parsed?.formatInternational(), parsed?.nationalNumber].filter((s): s is string => Boolean(s));
}

test('a member’s pages, as HTML and as RSC payload, never carry another person’s phone', async ({ memberPage: page }) => {
  test.setTimeout(60_000);
  const outside = await phones(false);
  const inside = await phones(true);
  expect(outside.length).toBeGreaterThan(50);
  expect(inside.length).toBeGreaterThan(0);
  const [mine] = await queryE2e<{ id: string }>(
    `SELECT p.id FROM person p, app_user u WHERE u.email = $1 AND (p.added_by_user_id = u.id OR p.recruited_by_id = u.person_id) AND p.deleted_at IS NULL LIMIT 1`,
    [MEMBER],
  );
  const urls = ['/', '/me', '/me/people', '/me/people/new', '/people', '/circles', '/mobilizations', ...(mine ? [`/people/${mine.id}`, `/me/people/${mine.id}`] : [])];

  let seenOwn = 0;
  for (const url of urls) {
    for (const headers of [{}, { RSC: '1' }] as Record<string, string>[]) {
      const response = await page.request.get(url, { headers });
      expect(response.status(), url).toBe(200);
      expect(response.headers()['cache-control'], url).toContain('no-store');
      if ('RSC' in headers) expect(response.headers()['content-type'], url).toContain('text/x-component');
      const body = await response.text();
      const leaked = outside.flatMap(spellings).filter((s) => body.includes(s));
      expect(leaked, `${url} ${JSON.stringify(headers)}`).toEqual([]);
      if (inside.some((e164) => spellings(e164).some((s) => body.includes(s)))) seenOwn++;
    }
  }
  // The search can find a phone when one is there: the member's own numbers do show up.
  expect(seenOwn).toBeGreaterThanOrEqual(2);
});
