// A second person at the same time (an operator beside the citizen): a
// browser context of their own, on the same device as the test's project,
// in the test's simulation world (support/fixtures.ts).
import { Browser, Page, TestInfo } from '@playwright/test';
import { joinWorld, worldOf } from './fixtures';

/** Runs `work` on a page of a new context like the project's, then closes it. */
export async function inOwnBrowser(
  browser: Browser,
  info: TestInfo,
  work: (page: Page) => Promise<void>,
): Promise<void> {
  const u = info.project.use;
  const ctx = await browser.newContext({
    baseURL: u.baseURL,
    viewport: u.viewport,
    userAgent: u.userAgent,
    deviceScaleFactor: u.deviceScaleFactor,
    isMobile: u.isMobile,
    hasTouch: u.hasTouch,
    locale: u.locale,
    timezoneId: u.timezoneId,
  });
  try {
    await joinWorld(ctx, worldOf(info));
    await work(await ctx.newPage());
  } finally {
    await ctx.close();
  }
}
