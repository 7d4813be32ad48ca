// Every screen of the staff app's navigation, as the coordinator and as a 支援会議 member meet it:
// axe-core finds no serious or critical violation, and a keyboard user reaches the page's main
// heading from the skip link (Tab → skip link → Enter → main content, which holds the <h1>).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations, useBrowserSuite } from '../src/index.js';

const { server, staffAs: as } = useBrowserSuite();

/** The navigation's own links (so a screen added to the navigation is checked without editing this test). */
async function navigationPaths(page: Page): Promise<{ path: string; label: string }[]> {
  const nav = page.getByRole('navigation', { name: '主なメニュー' });
  await nav.getByRole('link').first().waitFor();
  const links = await nav.getByRole('link').evaluateAll((as) => as.map((a) => ({ path: new URL((a as HTMLAnchorElement).href).pathname, label: (a.textContent ?? '').trim() })));
  return [...new Map(links.map((l) => [l.path, l])).values()];
}

async function checkScreen(page: Page, path: string): Promise<{ path: string; violations: unknown[]; keyboard: string }> {
  await page.goto(`${server.baseUrl}${path}`);
  const heading = page.locator('main h1').first();
  await heading.waitFor();
  // wait for the screen's data to arrive (no loading indicator left)
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('main [aria-busy="true"], main .kasane-loading'));
  const violations = await seriousViolations(page);

  // Keyboard: the first Tab lands on the skip link; following it puts focus on main, which holds the heading.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => ({ cls: document.activeElement?.className ?? '', href: document.activeElement?.getAttribute('href') ?? '' }));
  let keyboard = 'ok';
  if (!first.href.endsWith('#main')) keyboard = `first Tab reached ${first.cls || 'nothing'} (${first.href})`;
  else {
    await page.keyboard.press('Enter');
    const reached = await page.evaluate(() => {
      const main = document.querySelector('main');
      const active = document.activeElement;
      const h1 = main?.querySelector('h1');
      return { inMain: !!main && !!active && main.contains(active), heading: !!h1 && !!active && active.contains(h1) || active === h1 };
    });
    if (!reached.inMain || !reached.heading) keyboard = `skip link led to ${JSON.stringify(reached)}`;
    else {
      // and Tab goes on from there into the page's own content, not back to the header
      await page.keyboard.press('Tab');
      const next = await page.evaluate(() => {
        const main = document.querySelector('main');
        const active = document.activeElement;
        const tabbable = main?.querySelector('a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex="0"]');
        return { inMain: !!main && !!active && main.contains(active), hasTabbable: !!tabbable };
      });
      if (next.hasTabbable && !next.inMain) keyboard = 'Tab after the skip link left main content';
    }
  }
  return { path, violations, keyboard };
}

for (const loginId of ['tsuchiura.coordinator', 'tsuchiura.member']) {
  describe(`every screen of the staff navigation as ${loginId}`, () => {
    it('has no serious or critical axe-core violation and a keyboard path to the main heading', async () => {
      const page = await as(loginId);
      const paths = await navigationPaths(page);
      expect(paths.length).toBeGreaterThanOrEqual(loginId === 'tsuchiura.coordinator' ? 14 : 2);
      const results = [];
      for (const { path } of paths) results.push(await checkScreen(page, path));
      expect(results.filter((r) => r.violations.length > 0 || r.keyboard !== 'ok')).toEqual([]);
    });
  });
}
