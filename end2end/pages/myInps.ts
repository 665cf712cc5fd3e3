import { Locator, Page, expect } from '@playwright/test';

/** "/myinps" — the personal home page. */
export class MyInpsPage {
  readonly name: Locator;
  readonly cf: Locator;
  readonly pinType: Locator;
  readonly expiry: Locator;
  readonly logout: Locator;
  readonly notLogged: Locator;
  readonly loginLink: Locator;
  readonly title: Locator;
  readonly servicesLink: Locator;
  readonly changePinLink: Locator;
  readonly activityLink: Locator;
  readonly contactsLink: Locator;
  readonly convertLink: Locator;

  constructor(readonly page: Page) {
    this.title = page.locator('#myinps-title');
    this.name = page.getByTestId('myinps-name');
    this.cf = page.getByTestId('myinps-cf');
    this.pinType = page.getByTestId('myinps-pin-type');
    this.expiry = page.getByTestId('myinps-expiry');
    this.logout = page.getByTestId('logout');
    this.notLogged = page.getByTestId('myinps-not-logged');
    this.loginLink = page.getByTestId('myinps-login-link');
    this.servicesLink = page.getByTestId('myinps-services-link');
    this.changePinLink = page.getByTestId('myinps-change-pin');
    this.activityLink = page.getByTestId('myinps-activity');
    this.contactsLink = page.getByTestId('myinps-contacts');
    this.convertLink = page.getByTestId('myinps-convert-link');
  }

  /** Opens MyINPS and waits for the page (a lazy route); its content loads after. */
  async goto(): Promise<void> {
    await this.page.goto('/myinps');
    await expect(this.title).toBeVisible();
  }
}
