import { Locator, Page, expect } from '@playwright/test';

/** "/backoffice" — the sede INPS console. */
export class BackOfficePage {
  readonly username: Locator;
  readonly password: Locator;
  readonly login: Locator;
  readonly loginError: Locator;
  readonly operator: Locator;
  readonly logout: Locator;
  readonly queue: Locator;
  readonly empty: Locator;
  readonly outcome: Locator;
  readonly detail: Locator;
  readonly cf: Locator;
  readonly name: Locator;
  readonly docType: Locator;
  readonly docNumber: Locator;
  readonly docIssuer: Locator;
  readonly docExpires: Locator;
  readonly moduleLink: Locator;
  readonly documentLink: Locator;
  readonly approve: Locator;
  readonly reason: Locator;
  readonly reasonError: Locator;
  readonly reject: Locator;
  readonly back: Locator;

  constructor(readonly page: Page) {
    this.username = page.getByTestId('bo-username');
    this.password = page.getByTestId('bo-password');
    this.login = page.getByTestId('bo-login');
    this.loginError = page.getByTestId('bo-login-error');
    this.operator = page.getByTestId('bo-operator');
    this.logout = page.getByTestId('bo-logout');
    this.queue = page.getByTestId('bo-queue');
    this.empty = page.getByTestId('bo-empty');
    this.outcome = page.getByTestId('bo-outcome');
    this.detail = page.getByTestId('bo-detail');
    this.cf = page.getByTestId('bo-cf');
    this.name = page.getByTestId('bo-name');
    this.docType = page.getByTestId('bo-doc-type');
    this.docNumber = page.getByTestId('bo-doc-number');
    this.docIssuer = page.getByTestId('bo-doc-issuer');
    this.docExpires = page.getByTestId('bo-doc-expires');
    this.moduleLink = page.getByTestId('bo-file-module');
    this.documentLink = page.getByTestId('bo-file-document');
    this.approve = page.getByTestId('bo-approve');
    this.reason = page.getByTestId('bo-reason');
    this.reasonError = page.getByTestId('field-error-reason');
    this.reject = page.getByTestId('bo-reject');
    this.back = page.getByTestId('bo-back');
  }

  async goto(): Promise<void> {
    await this.page.goto('/backoffice');
    await expect(this.page.locator('#bo-title')).toBeVisible();
  }

  async signIn(username = 'operatore', password = 'Sede2020!'): Promise<void> {
    await this.username.fill(username);
    await this.password.fill(password);
    await this.login.click();
    await expect(this.operator).toBeVisible();
  }

  /** The queue entry of the citizen with codice fiscale `cf`. */
  item(cf: string): Locator {
    return this.queue.locator('li').filter({ hasText: cf });
  }

  async open(cf: string): Promise<void> {
    await this.item(cf).locator('[data-testid^="bo-open-"]').click();
    await expect(this.detail).toBeVisible();
  }
}
