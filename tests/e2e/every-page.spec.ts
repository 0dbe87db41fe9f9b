import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { pageRoutes } from './authz/inventory';
import { everyPage, type TViewer } from './every-page/pages';
import { expect, pageAs, PHONE, test } from './fixtures';

// Every page, in both languages, on a desktop and a phone: nothing scrolls sideways (the page is
// never wider than the screen) and axe finds nothing critical or serious (WCAG 2.1 A and AA).
// Each run opens one browser context per kind of visitor and visits every page in it.

const DESKTOP = { width: 1366, height: 900 };
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function contextFor(browser: Browser, as: TViewer, locale: string, viewport: { width: number; height: number }): Promise<Page> {
  if (as !== 'anonymous') return pageAs(browser, as, { locale, viewport });
  const context = await browser.newContext({ locale, viewport, isMobile: viewport.width < 600, hasTouch: viewport.width < 600 });
  return context.newPage();
}

// Each language and width in two halves, so that no one test runs long on a busy machine.
const HALVES = [0, 1] as const;

for (const locale of ['en', 'es'] as const) {
  for (const [size, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    for (const half of HALVES) {
      test(`every page (${half + 1} of 2), ${locale}, ${size}: no sideways scroll, and axe finds nothing critical or serious`, async ({ browser }) => {
        test.setTimeout(300_000);
        const tabs = new Map<TViewer, Page>();
        const tab = async (as: TViewer) => tabs.get(as) ?? tabs.set(as, await contextFor(browser, as, locale === 'es' ? 'es-MX' : 'en-US', viewport)).get(as)!;
        const pages = await everyPage((await tab('ADMIN')).request);
        expect(pageRoutes().filter((r) => !pages.some((p) => p.route === r)), 'add these pages to tests/e2e/every-page/pages.ts').toEqual([]);

        const wide: string[] = [];
        const axe: string[] = [];
        const slow: [number, string][] = [];
        for (const p of pages.filter((_, i) => i % HALVES.length === half)) {
          const started = Date.now();
          const page = await tab(p.as);
          await page.goto(p.url);
          const what = `${p.url} as ${p.as}${p.label ? ` (${p.label})` : ''}`;
          const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
          if (scroll > inner) wide.push(`${what}: ${scroll} px wide on a ${inner} px screen`);
          // Violations only: the passes of a long page are thousands of nodes, read back for nothing.
          const { violations } = await new AxeBuilder({ page }).withTags(WCAG).options({ resultTypes: ['violations'] }).analyze();
          for (const v of violations.filter((v) => v.impact === 'critical' || v.impact === 'serious')) {
            axe.push(`${what}: ${v.id} (${v.impact}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''}`);
          }
          slow.push([Date.now() - started, what]);
        }
        for (const page of tabs.values()) await page.context().close();
        console.log(`slowest: ${slow.sort((a, b) => b[0] - a[0]).slice(0, 4).map(([ms, what]) => `${what} ${ms} ms`).join('; ')}`);
        expect.soft(wide, 'pages wider than the screen').toEqual([]);
        expect(axe, 'axe: critical and serious').toEqual([]);
      });
    }
  }
}
