import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { test } from '@playwright/test';
import { queryE2e } from './db';
import { pageAs, PHONE } from './fixtures';

// `npm run screenshots`: pictures of the pages at desktop and phone width, in both languages,
// written to screenshots/ for a person to look at. Not part of `npm test`.

const OUT = path.join(import.meta.dirname, '../../screenshots');
mkdirSync(OUT, { recursive: true });
const DESKTOP = { width: 1366, height: 900 };

async function personWithMostDetail(): Promise<string> {
  const rows = await queryE2e<{ id: string }>(
    `SELECT p.id FROM person p JOIN person_phone ph ON ph.person_id = p.id JOIN person_email e ON e.person_id = p.id
      WHERE p.recruited_by_id IS NOT NULL AND p.notes IS NOT NULL ORDER BY p.id LIMIT 1`,
  );
  return rows[0]?.id ?? (await queryE2e<{ id: string }>('SELECT id FROM person ORDER BY id LIMIT 1'))[0]!.id;
}

for (const locale of ['en', 'es'] as const) {
  for (const [size, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    test(`screens ${locale} ${size}`, async ({ browser }) => {
      const anon = await browser.newContext({ locale: locale === 'es' ? 'es-MX' : 'en-US', viewport });
      const login = await anon.newPage();
      await login.goto('/login');
      await login.screenshot({ path: path.join(OUT, `login-${locale}-${size}.png`), fullPage: true });
      await anon.close();

      const page = await pageAs(browser, 'ADMIN', { locale: locale === 'es' ? 'es-MX' : 'en-US', viewport });
      const [bus] = await queryE2e<{ id: string }>(`SELECT id FROM mobilization WHERE kind = 'BUS_TRIP' ORDER BY starts_at LIMIT 1`);
      const shots: [string, string][] = [
        ['home', '/'],
        ['people', '/people'],
        ['person', `/people/${await personWithMostDetail()}`],
        ['circles', '/circles'],
        ['organizations', '/organizations'],
        ['precincts', '/precincts'],
        ['mobilization', `/mobilizations/${bus!.id}`],
        ['check-in', `/mobilizations/${bus!.id}/check-in`],
        ['call-list', `/mobilizations/${bus!.id}/calls`],
      ];
      for (const [name, url] of shots) {
        await page.goto(url);
        await page.screenshot({ path: path.join(OUT, `${name}-${locale}-${size}.png`), fullPage: size === 'desktop' ? false : true });
      }
      await page.context().close();

      // A member's own view: their home and their answer to the bus they are asked to.
      const member = await pageAs(browser, 'MEMBER', { locale: locale === 'es' ? 'es-MX' : 'en-US', viewport });
      for (const [name, url] of [['member-home', '/'], ['member-answer', `/mobilizations/${bus!.id}`]] as const) {
        await member.goto(url);
        await member.screenshot({ path: path.join(OUT, `${name}-${locale}-${size}.png`), fullPage: size === 'desktop' ? false : true });
      }
      await member.context().close();
    });
  }
}
