import { Locator, Page } from '@playwright/test';

/** "/" — the portal's "Il PIN online" page. */
export class HomePage {
  readonly title: Locator;
  readonly enterMyInps: Locator;
  readonly requestPin: Locator;
  readonly simDate: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByTestId('home-title');
    this.enterMyInps = page.getByTestId('home-myinps');
    this.requestPin = page.getByTestId('home-request');
    this.simDate = page.getByTestId('sim-date');
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
    await this.title.waitFor();
  }
}
