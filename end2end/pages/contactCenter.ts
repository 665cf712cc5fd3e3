import { Browser, Locator, Page, TestInfo, expect } from '@playwright/test';
import { BackOfficePage } from './backoffice';
import { inOwnBrowser } from '../support/contexts';

/** The operators' password in simulation mode (README, "Operator accounts"). */
export const OPERATOR_PASSWORD = 'Sede2020!';

/** "/contact-center" and "/operatori/registro" — the contact center's console. */
export class ContactCenterPage {
  readonly operator: Locator;
  readonly loginNeeded: Locator;

  constructor(readonly page: Page) {
    this.operator = page.getByTestId('cc-operator');
    this.loginNeeded = page.getByTestId('cc-login-needed');
  }

  /** Logs in at /backoffice as the contact center operator: the login sends it here. */
  async signIn(username = 'contactcenter'): Promise<void> {
    const login = new BackOfficePage(this.page);
    await login.goto();
    await login.username.fill(username);
    await login.password.fill(OPERATOR_PASSWORD);
    await login.login.click();
    await expect(this.page).toHaveURL(/\/contact-center$/);
    await expect(this.operator).toBeVisible();
  }

  /** Opens a tab of the console (search, request, callbacks, resend, audit). */
  async tab(id: 'search' | 'request' | 'callbacks' | 'resend' | 'audit'): Promise<void> {
    await this.page.getByTestId(`cc-nav-${id}`).click();
    await expect(this.page.getByTestId(`cc-nav-${id}`)).toHaveAttribute('aria-current', 'page');
  }

  field(id: string): Locator {
    return this.page.getByTestId(id);
  }
  /** Ticks a checkbox as a person does, by its label; waits until it is checked. */
  async tick(testid: string): Promise<void> {
    const box = this.field(testid);
    const id = await box.getAttribute('id');
    await this.page.locator(`label[for="${id}"]`).click();
    await expect(box).toBeChecked();
  }


  // ------------------------------------------------------------- search
  async search(cf: string): Promise<Locator> {
    await this.field('cc-search-cf').fill(cf);
    await this.field('cc-search-submit').click();
    const file = this.page.getByTestId('cc-file');
    await expect(file).toContainText(cf);
    return file;
  }

  // ---------------------------------------------------- phone request
  async fileRequest(d: {
    cf: string;
    surname: string;
    name: string;
    birthDate: string;
    sex: 'M' | 'F';
    birthplace: string;
    residence: { address: string; civic: string; province: string; comune: string; cap: string };
    mobile: string;
    email: string;
  }): Promise<void> {
    // The caller's identity, checked first.
    await this.tick('cc-req-id-holder');
    await this.tick('cc-req-id-data');
    await this.field('cc-req-cf').fill(d.cf);
    await this.field('cc-req-surname').fill(d.surname);
    await this.field('cc-req-name').fill(d.name);
    await this.field('cc-req-birth-date').fill(d.birthDate);
    await this.field('cc-req-sex').selectOption(d.sex);
    await this.field('cc-req-birthplace').fill(d.birthplace);
    await this.field('cc-req-address').fill(d.residence.address);
    await this.field('cc-req-civic').fill(d.residence.civic);
    await this.field('cc-req-province').fill(d.residence.province);
    await this.field('cc-req-comune').fill(d.residence.comune);
    await this.field('cc-req-cap').fill(d.residence.cap);
    await this.field('cc-req-mobile').fill(d.mobile);
    await this.field('cc-req-email').fill(d.email);
    await this.field('cc-req-submit').click();
  }

  get requestDone(): Locator {
    return this.page.getByTestId('cc-req-done');
  }

  // --------------------------------------------------------- callbacks
  callback(id: string): Locator {
    return this.page.getByTestId(`cc-cb-${id}`);
  }

  get callbackDone(): Locator {
    return this.page.getByTestId('cc-cb-done');
  }

  // ------------------------------------------------------------ resend
  async resend(cf: string): Promise<void> {
    await this.field('cc-resend-cf').fill(cf);
    await this.field('cc-resend-submit').click();
  }

  get resendDone(): Locator {
    return this.page.getByTestId('cc-resend-done');
  }

  get resendError(): Locator {
    return this.page.getByTestId('cc-resend-error');
  }

  // ------------------------------------------------------------- audit
  get auditRows(): Locator {
    return this.page.getByTestId('cc-audit-row');
  }
}

/**
 * Runs `work` in a browser of the contact center operator's own (a second
 * context, the same device as the test's project), and closes it.
 */
export async function asContactCenter(
  browser: Browser,
  info: TestInfo,
  work: (cc: ContactCenterPage) => Promise<void>,
): Promise<void> {
  await inOwnBrowser(browser, info, async (page) => {
    const cc = new ContactCenterPage(page);
    await cc.signIn();
    await work(cc);
  });
}
