import { Browser, Locator, Page, TestInfo, expect } from '@playwright/test';
import { BackOfficePage } from './backoffice';
import { OPERATOR_PASSWORD } from './contactCenter';
import { inOwnBrowser } from '../support/contexts';

export interface SedeDocument {
  kind: string;
  number: string;
  issuer: string;
  issuedOn: string;
  expiresOn: string;
}

/** "/sede" and "/sede/conversione" — the sede's console. */
export class SedePage {
  readonly operator: Locator;
  readonly issueDone: Locator;
  readonly envelopeLink: Locator;
  readonly issueError: Locator;
  readonly convertDone: Locator;

  constructor(readonly page: Page) {
    this.operator = page.getByTestId('sede-operator');
    this.issueDone = page.getByTestId('sede-issue-done');
    this.envelopeLink = page.getByTestId('sede-envelope-link');
    this.issueError = page.getByTestId('sede-issue-error');
    this.convertDone = page.getByTestId('sede-convert-done');
  }

  /** Logs in at /backoffice as the sede operator: the login sends it here. */
  async signIn(username = 'sportello'): Promise<void> {
    const login = new BackOfficePage(this.page);
    await login.goto();
    await login.username.fill(username);
    await login.password.fill(OPERATOR_PASSWORD);
    await login.login.click();
    await expect(this.page).toHaveURL(/\/sede$/);
    await expect(this.operator).toBeVisible();
  }

  async tab(id: 'issue' | 'convert' | 'audit'): Promise<void> {
    await this.page.getByTestId(`sede-nav-${id}`).click();
    await expect(this.page.getByTestId(`sede-nav-${id}`)).toHaveAttribute('aria-current', 'page');
  }

  field(id: string): Locator {
    return this.page.getByTestId(id);
  }

  async fillDocument(prefix: 'issue' | 'convert', d: SedeDocument): Promise<void> {
    await this.field(`sede-${prefix}-kind`).selectOption(d.kind);
    await this.field(`sede-${prefix}-number`).fill(d.number);
    await this.field(`sede-${prefix}-issuer`).fill(d.issuer);
    await this.field(`sede-${prefix}-issued-on`).fill(d.issuedOn);
    await this.field(`sede-${prefix}-expires-on`).fill(d.expiresOn);
  }

  /** Fills and sends the issuance form. */
  async issue(cf: string, d: SedeDocument, exception = ''): Promise<void> {
    await this.field('sede-issue-cf').fill(cf);
    await this.fillDocument('issue', d);
    await this.field('sede-issue-exception').selectOption(exception);
    await this.field('sede-issue-submit').click();
  }

  /** The envelope behind the link: the PDF and the 16 characters it prints. */
  async envelope(): Promise<{ contentType: string; pin: string }> {
    const href = await this.envelopeLink.getAttribute('href');
    expect(href).toBeTruthy();
    const res = await this.page.request.get(href!);
    expect(res.status()).toBe(200);
    const body = await res.body();
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const m = body.toString('latin1').match(/\(([0-9A-Za-z]{4}) ([0-9A-Za-z]{4}) ([0-9A-Za-z]{4}) ([0-9A-Za-z]{4})\) Tj/);
    expect(m, 'the envelope prints the 16 characters').toBeTruthy();
    return { contentType: res.headers()['content-type'], pin: m!.slice(1, 5).join('') };
  }
}

/** Runs `work` with a sede operator signed in, in a browser context of their own. */
export async function asSede(
  browser: Browser,
  info: TestInfo,
  work: (sede: SedePage) => Promise<void>,
): Promise<void> {
  await inOwnBrowser(browser, info, async (page) => {
    const sede = new SedePage(page);
    await sede.signIn();
    await work(sede);
  });
}
