import { Locator, Page, expect } from '@playwright/test';

/** "/primo-accesso" — the 16-character PIN is replaced by a new 8-character one. */
export class FirstAccessPage {
  readonly getNewPin: Locator;
  readonly newPin: Locator;
  readonly saved: Locator;
  readonly next: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.getNewPin = page.getByTestId('first-access-get');
    this.newPin = page.getByTestId('first-access-new-pin');
    this.saved = page.getByTestId('first-access-saved');
    this.next = page.getByTestId('first-access-next');
    this.error = page.getByTestId('first-access-error');
  }

  /** Asks for the new PIN and returns it as shown on screen. */
  async issueNewPin(): Promise<string> {
    await this.getNewPin.click();
    await expect(this.newPin).toHaveText(/[A-Za-z0-9]{8}/);
    return (await this.newPin.innerText()).trim();
  }
}
