import { Locator, Page, expect } from '@playwright/test';

/** The error text next to a field, by its API path (e.g. `new_pin`, `contacts.mobile`). */
export function fieldError(page: Page, path: string): Locator {
  return page.getByTestId(`field-error-${path}`);
}

/** "/cambia-pin" — voluntary change, or after a login with an expired PIN. */
export class ChangePinPage {
  readonly title: Locator;
  readonly expired: Locator;
  readonly current: Locator;
  readonly newPin: Locator;
  readonly confirm: Locator;
  readonly submit: Locator;
  readonly error: Locator;
  readonly done: Locator;
  readonly continue: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByTestId('change-pin-title');
    this.expired = page.getByTestId('change-pin-expired');
    this.current = page.getByTestId('change-pin-current');
    this.newPin = page.getByTestId('change-pin-new');
    this.confirm = page.getByTestId('change-pin-confirm');
    this.submit = page.getByTestId('change-pin-submit');
    this.error = page.getByTestId('change-pin-error');
    this.done = page.getByTestId('change-pin-done');
    this.continue = page.getByTestId('change-pin-continue');
  }

  async change(current: string, next: string, confirm = next): Promise<void> {
    await this.current.fill(current);
    await this.newPin.fill(next);
    await this.confirm.fill(confirm);
    await this.submit.click();
  }
}

/** "/verifica-recapiti" — one code per contact. */
export class VerifyContactsPage {
  readonly title: Locator;
  readonly mobileCode: Locator;
  readonly emailCode: Locator;
  readonly submit: Locator;
  readonly afterChange: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByTestId('verify-title');
    this.mobileCode = page.getByTestId('verify-code-mobile');
    this.emailCode = page.getByTestId('verify-code-email');
    this.submit = page.getByTestId('verify-submit');
    this.afterChange = page.getByTestId('verify-after-change');
  }
}

/** "/informativa-privacy". */
export class PrivacyPage {
  readonly title: Locator;
  readonly read: Locator;
  readonly accept: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByTestId('privacy-title');
    this.read = page.getByTestId('privacy-read');
    this.accept = page.getByTestId('privacy-accept');
  }
}

/** What a person types in Attiva / Ripristina / Revoca (only the fields the page has). */
export interface ProcedureData {
  cf: string;
  tsNumber: string;
  tsExpiry?: string; // GG/MM/AAAA
  firstHalf?: string;
  mobile?: string;
  email?: string;
  pec?: string;
}

/** "/attiva-pin", "/ripristina-pin", "/revoca-pin": data → riepilogo → code → outcome. */
export class ProcedurePage {
  readonly title: Locator;
  readonly next: Locator;
  readonly summary: Locator;
  readonly summaryBack: Locator;
  readonly send: Locator;
  readonly received: Locator;
  readonly code: Locator;
  readonly confirm: Locator;
  readonly codeBack: Locator;
  readonly done: Locator;
  readonly error: Locator;
  /** Revoca only: the way to a new request once revoked. */
  readonly newRequest: Locator;

  constructor(
    readonly page: Page,
    readonly prefix: 'activate' | 'restore' | 'revoke',
  ) {
    const id = (s: string) => page.getByTestId(`${prefix}-${s}`);
    this.title = id('title');
    this.next = id('next');
    this.summary = id('summary');
    this.summaryBack = page.getByTestId('procedure-summary-back');
    this.send = id('submit');
    this.received = page.getByTestId('procedure-received');
    this.code = id('code');
    this.confirm = id('confirm');
    this.codeBack = page.getByTestId('procedure-back');
    this.done = page.getByTestId('procedure-done');
    this.error = page.getByTestId('procedure-error');
    this.newRequest = page.getByTestId('revoke-new-request');
  }

  field(name: 'cf' | 'ts-number' | 'ts-expiry' | 'first-half' | 'mobile' | 'email' | 'pec'): Locator {
    return this.page.getByTestId(`${this.prefix}-${name}`);
  }

  summaryOf(name: 'cf' | 'ts-number' | 'ts-expiry' | 'first-half' | 'mobile' | 'email' | 'pec'): Locator {
    return this.page.getByTestId(`${this.prefix}-summary-${name}`);
  }

  async goto(path: string): Promise<void> {
    await this.page.goto(path);
    await expect(this.title).toBeVisible();
  }

  async fill(d: ProcedureData): Promise<void> {
    await this.field('cf').fill(d.cf);
    await this.field('ts-number').fill(d.tsNumber);
    if (d.tsExpiry !== undefined) await this.field('ts-expiry').fill(d.tsExpiry);
    if (d.firstHalf !== undefined) await this.field('first-half').fill(d.firstHalf);
    if (d.mobile !== undefined) await this.field('mobile').fill(d.mobile);
    if (d.email !== undefined) await this.field('email').fill(d.email);
    if (d.pec !== undefined) await this.field('pec').fill(d.pec);
  }

  /** Data → "Avanti" → summary shown → "Invia" → "code sent" notice. */
  async fillAndSend(d: ProcedureData): Promise<void> {
    await this.fill(d);
    await this.next.click();
    await expect(this.summary).toBeVisible();
    await this.send.click();
    await expect(this.received).toBeVisible();
  }

  async confirmCode(code: string): Promise<void> {
    await this.code.fill(code);
    await this.confirm.click();
  }
}

/** "/myinps/attivita". */
export class ActivityPage {
  readonly title: Locator;
  readonly rows: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByTestId('activity-title');
    this.rows = page.getByTestId('activity-row');
    this.error = page.getByTestId('activity-error');
  }

  row(kind: string): Locator {
    return this.page.locator(`[data-testid="activity-row"][data-kind="${kind}"]`);
  }
}

/** "/myinps/recapiti" — "I tuoi recapiti". */
export class ContactsPage {
  readonly title: Locator;
  readonly mobile: Locator;
  readonly homePhone: Locator;
  readonly email: Locator;
  readonly pec: Locator;
  readonly submit: Locator;
  readonly error: Locator;
  readonly loadError: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByTestId('contacts-title');
    this.mobile = page.getByTestId('contacts-mobile');
    this.homePhone = page.getByTestId('contacts-home-phone');
    this.email = page.getByTestId('contacts-email');
    this.pec = page.getByTestId('contacts-pec');
    this.submit = page.getByTestId('contacts-submit');
    this.error = page.getByTestId('contacts-error');
    this.loadError = page.getByTestId('contacts-load-error');
  }
}
