import * as path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { Page, expect, test } from '@playwright/test';

/**
 * Runs axe on the page and expects no violation at all.
 *
 * Every procedure page is a lazily loaded route (its own wasm chunk): right
 * after a navigation the shell is there but the page may not be, and a scan
 * then reports a half-built page (`page-has-heading-one` on a busy machine).
 * So the scan first waits for the page's `h1` to be visible — with the text
 * `heading` (substring, or a RegExp) when the caller knows it, which also
 * tells a new page from the previous one after a click. Callers still wait
 * for the state they mean to check (an error shown, a step reached) before
 * calling this.
 */
export async function expectNoAxeViolations(
  page: Page,
  what: string,
  heading?: string | RegExp,
): Promise<void> {
  await test.step(`axe: ${what}`, async () => {
    const h1 =
      heading === undefined
        ? page.locator('h1')
        : page.getByRole('heading', { level: 1, name: heading });
    await expect(h1.first(), `the h1 of ${what} before the axe scan`).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
    expect(summary, `axe violations on ${what}`).toEqual([]);
  });
}

/**
 * {@link expectNoAxeViolations}, and with E2E_SHOTS=<dir> a full-page
 * screenshot of the state, for a look at 1280 and 360 px (phones are
 * looked at 360 px wide, the narrowest the layout supports). Callers first
 * wait for the state they check.
 */
export async function expectNoAxeViolationsAndShoot(
  page: Page,
  what: string,
  heading: string | RegExp,
): Promise<void> {
  await expectNoAxeViolations(page, what, heading);
  const dir = process.env.E2E_SHOTS;
  if (dir) {
    const name = `${test.info().project.name}-${what.replace(/[^a-z0-9]+/gi, '-')}.png`;
    if (test.info().project.use.isMobile) await page.setViewportSize({ width: 360, height: 780 });
    await page.screenshot({ path: path.join(dir, name), fullPage: true, scale: 'css' });
  }
}
