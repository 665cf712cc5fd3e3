import { Locator, Page } from '@playwright/test';

/** "/myinps" — the personal home page. */
export class MyInpsPage {
  readonly name: Locator;
  readonly cf: Locator;
  readonly pinType: Locator;
  readonly expiry: Locator;
  readonly logout: Locator;
  readonly notLogged: Locator;
  readonly loginLink: Locator;

  constructor(readonly page: Page) {
    this.name = page.getByTestId('myinps-name');
    this.cf = page.getByTestId('myinps-cf');
    this.pinType = page.getByTestId('myinps-pin-type');
    this.expiry = page.getByTestId('myinps-expiry');
    this.logout = page.getByTestId('logout');
    this.notLogged = page.getByTestId('myinps-not-logged');
    this.loginLink = page.getByTestId('myinps-login-link');
  }

  async goto(): Promise<void> {
    await this.page.goto('/myinps');
  }
}
