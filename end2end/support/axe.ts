import AxeBuilder from '@axe-core/playwright';
import { Page, expect, test } from '@playwright/test';

/** Runs axe on the page as it is now and expects no violation at all. */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  await test.step(`axe: ${what}`, async () => {
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
