import { Locator, Page, expect } from '@playwright/test';

/** "/accedi" — authentication with tabs PIN | SPID | CIE | CNS. */
export class LoginPage {
  readonly cf: Locator;
  readonly pin: Locator;
  readonly submit: Locator;
  readonly error: Locator;
  readonly cfError: Locator;
  readonly pinError: Locator;
  readonly info: Locator;
  readonly requestLink: Locator;
  readonly lostLink: Locator;

  constructor(readonly page: Page) {
    this.cf = page.getByTestId('login-cf');
    this.pin = page.getByTestId('login-pin');
    this.submit = page.getByTestId('login-submit');
    this.error = page.getByTestId('login-error');
    this.cfError = page.getByTestId('login-cf-error');
    this.pinError = page.getByTestId('login-pin-error');
    this.info = page.getByTestId('login-info');
    this.requestLink = page.getByTestId('login-request-link');
    this.lostLink = page.getByTestId('login-lost-link');
  }

  tab(name: 'pin' | 'spid' | 'cie' | 'cns'): Locator {
    return this.page.getByTestId(`tab-${name}`);
  }

  panel(name: 'pin' | 'spid' | 'cie' | 'cns'): Locator {
    return this.page.getByTestId(`panel-${name}`);
  }

  async goto(): Promise<void> {
    await this.page.goto('/accedi');
    await expect(this.cf).toBeVisible();
  }

  /** Types CF and PIN as a person would and presses "Entra". */
  async login(cf: string, pin: string): Promise<void> {
    await this.cf.fill(cf);
    await this.pin.fill(pin);
    await this.submit.click();
  }
}
