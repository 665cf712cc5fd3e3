import { Locator, Page, expect } from '@playwright/test';
import { IBAN } from '../support/data';

/** "/servizi" — what the PIN level opens, consultation, applications. */
export class ServicesPage {
  readonly level: Locator;
  readonly wayUp: Locator;
  readonly convertLink: Locator;
  readonly conversion: Locator;
  readonly frozenCount: Locator;
  readonly contribShow: Locator;
  readonly contribTable: Locator;
  readonly certShow: Locator;
  readonly certTable: Locator;
  readonly certEmpty: Locator;
  readonly payShow: Locator;
  readonly payTable: Locator;
  readonly appsList: Locator;
  readonly appsEmpty: Locator;
  readonly frozenNote: Locator;
  readonly kind: Locator;
  readonly submit: Locator;
  readonly result: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.level = page.getByTestId('services-level');
    this.wayUp = page.getByTestId('services-way-up');
    this.convertLink = page.getByTestId('services-convert-link');
    this.conversion = page.getByTestId('services-conversion');
    this.frozenCount = page.getByTestId('services-frozen');
    this.contribShow = page.getByTestId('contrib-show');
    this.contribTable = page.getByTestId('contrib-table');
    this.certShow = page.getByTestId('cert-show');
    this.certTable = page.getByTestId('cert-table');
    this.certEmpty = page.getByTestId('cert-empty');
    this.payShow = page.getByTestId('pay-show');
    this.payTable = page.getByTestId('pay-table');
    this.appsList = page.getByTestId('apps-list');
    this.appsEmpty = page.getByTestId('apps-empty');
    this.frozenNote = page.getByTestId('apps-frozen-note');
    this.kind = page.getByTestId('app-kind');
    this.submit = page.getByTestId('app-submit');
    this.result = page.getByTestId('app-result');
    this.error = page.getByTestId('app-error');
  }

  async goto(): Promise<void> {
    await this.page.goto('/servizi');
    await expect(this.level).toBeVisible();
  }

  /** One service of the list; `data-allowed` says whether the level opens it. */
  service(id: string): Locator {
    return this.page.getByTestId(`service-${id}`);
  }

  field(name: string): Locator {
    return this.page.getByTestId(`app-field-${name}`);
  }

  fieldError(name: string): Locator {
    return this.page.getByTestId(`field-error-data.${name}`);
  }

  /** The row of "Le mie domande" whose title contains `title`. */
  application(title: string | RegExp): Locator {
    return this.appsList.locator('li').filter({ hasText: title });
  }

  statusOf(row: Locator): Locator {
    return row.locator('[data-testid^="app-status-"]');
  }

  protocolOf(row: Locator): Locator {
    return row.locator('[data-testid^="app-protocol-"]');
  }

  receiptOf(row: Locator): Locator {
    return row.locator('[data-testid^="app-receipt-"]');
  }

  /** Files a NASpI application at L1: it waits for the PIN dispositivo. Its row. */
  async applyForNaspiFrozen(): Promise<Locator> {
    await this.kind.selectOption('naspi');
    await this.field('last_employer').fill('Rossi Costruzioni S.r.l.');
    await this.field('termination_date').fill('13/03/2020');
    await this.field('iban').fill(IBAN);
    await this.submit.click();
    await expect(this.result).toContainText('in attesa di PIN dispositivo');
    const row = this.application('NASpI');
    await expect(this.statusOf(row)).toHaveText('In attesa di PIN dispositivo');
    return row;
  }
}
