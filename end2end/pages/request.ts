import { Locator, Page, expect } from '@playwright/test';
import { Citizen, Contacts } from '../support/api';

/** What a person types in step 2; defaults come from the registry citizen. */
export interface PersonalData {
  surname: string;
  name: string;
  birthDate: string; // GG/MM/AAAA
  sex: 'M' | 'F';
  /** Italian birthplace: province sigla + Belfiore code; foreign: Z-code only. */
  birthProvince: string | null;
  birthplaceCode: string;
  address: string;
  civic: string;
  province: string;
  comune: string;
  cap: string;
  mobile: string;
  email: string;
  preferredPhone: 'mobile' | 'home';
  preferredTime: string;
}

export function personalDataOf(
  c: Citizen,
  contacts: Contacts,
  birthProvince: string | null,
): PersonalData {
  const [y, m, d] = c.birth_date.split('-');
  return {
    surname: c.surname,
    name: c.name,
    birthDate: `${d}/${m}/${y}`,
    sex: c.sex,
    birthProvince,
    birthplaceCode: c.birthplace_code,
    address: c.residence.address,
    civic: c.residence.civic,
    province: c.residence.province,
    comune: c.residence.comune,
    cap: c.residence.cap,
    mobile: contacts.mobile,
    email: contacts.email,
    preferredPhone: 'mobile',
    preferredTime: '09-13',
  };
}

/** "/richiedi-pin" — the guided "Richiedi PIN" procedure (testids: TESTIDS-request.md). */
export class RequestPage {
  readonly title: Locator;
  readonly stepTitle: Locator;
  readonly cf: Locator;
  readonly next: Locator;
  readonly back: Locator;
  readonly submit: Locator;
  readonly summary: Locator;
  readonly outcome: Locator;
  readonly outcomeStatus: Locator;
  readonly outcomeCallback: Locator;
  readonly alreadyAssigned: Locator;
  readonly alreadyAssignedRestore: Locator;
  readonly alreadyAssignedRevoke: Locator;
  readonly surname: Locator;
  readonly issuanceClosed: Locator;
  readonly serverError: Locator;
  readonly errorSummary: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByTestId('request-title');
    this.stepTitle = page.getByTestId('request-step-title');
    this.cf = page.getByTestId('request-cf');
    this.next = page.getByTestId('request-next');
    this.back = page.getByTestId('request-back');
    this.submit = page.getByTestId('request-submit');
    this.summary = page.getByTestId('request-summary');
    this.outcome = page.getByTestId('request-outcome');
    this.outcomeStatus = page.getByTestId('request-outcome-status');
    this.outcomeCallback = page.getByTestId('request-outcome-callback');
    this.alreadyAssigned = page.getByTestId('already-assigned');
    this.alreadyAssignedRestore = page.getByTestId('already-assigned-restore');
    this.alreadyAssignedRevoke = page.getByTestId('already-assigned-revoke');
    this.surname = page.getByTestId('request-surname');
    this.issuanceClosed = page.getByTestId('issuance-closed');
    this.serverError = page.getByTestId('request-server-error');
    this.errorSummary = page.getByTestId('error-summary');
  }

  /** The error text shown next to a field, by its API path (e.g. `personal.surname`). */
  fieldError(path: string): Locator {
    return this.page.getByTestId(`field-error-${path}`);
  }

  async goto(): Promise<void> {
    await this.page.goto('/richiedi-pin');
    await this.title.waitFor();
  }

  /** Step 1: codice fiscale and Italian residence, then "Avanti". */
  async step1(cf: string): Promise<void> {
    await this.cf.fill(cf);
    await this.page.getByTestId('request-residence-italia').check();
    await this.next.click();
  }

  /** Step 2: fills personal data, residence and contacts (does not press "Avanti"). */
  async fillStep2(d: PersonalData): Promise<void> {
    const p = this.page;
    await expect(p.getByTestId('request-surname')).toBeVisible();
    await p.getByTestId('request-surname').fill(d.surname);
    await p.getByTestId('request-name').fill(d.name);
    await p.getByTestId('request-birth-date').fill(d.birthDate);
    await p.getByTestId(`request-sex-${d.sex}`).check();
    if (d.birthProvince) {
      await p.getByTestId('request-birth-kind-italia').check();
      await p.getByTestId('request-birth-province').selectOption(d.birthProvince);
      await p.getByTestId('request-birth-comune').selectOption(d.birthplaceCode);
    } else {
      await p.getByTestId('request-birth-kind-estero').check();
      await p.getByTestId('request-birth-country').selectOption(d.birthplaceCode);
    }
    await p.getByTestId('request-address').fill(d.address);
    await p.getByTestId('request-civic').fill(d.civic);
    await p.getByTestId('request-province').selectOption(d.province);
    await p.getByTestId('request-comune').selectOption(d.comune);
    await p.getByTestId('request-cap').fill(d.cap);
    await p.getByTestId('request-mobile').fill(d.mobile);
    await p.getByTestId('request-email').fill(d.email);
    await p.getByTestId('request-preferred-phone').selectOption(d.preferredPhone);
    await p.getByTestId('request-preferred-time').selectOption(d.preferredTime);
  }

  /** Steps 1–3 for `d`, ending on the outcome page. */
  async requestPin(cf: string, d: PersonalData): Promise<void> {
    await this.step1(cf);
    await this.fillStep2(d);
    await this.next.click();
    await expect(this.summary).toBeVisible();
    await this.submit.click();
    await expect(this.outcome).toBeVisible();
  }
}
