import { Locator, Page, expect } from '@playwright/test';
import { CIE, DOCUMENT_PNG, SIGNED_MODULE, DocumentData } from '../support/data';

/** "/converti-pin" — Converti il tuo PIN: document, MV35, uploads, confirm. */
export class ConvertPage {
  readonly title: Locator;
  readonly status: Locator;
  readonly error: Locator;
  readonly loginLink: Locator;
  readonly type: Locator;
  readonly number: Locator;
  readonly issuer: Locator;
  readonly issued: Locator;
  readonly expires: Locator;
  readonly next: Locator;
  readonly back: Locator;
  readonly download: Locator;
  readonly moduleFile: Locator;
  readonly documentFile: Locator;
  readonly moduleUploaded: Locator;
  readonly documentUploaded: Locator;
  readonly moduleError: Locator;
  readonly documentError: Locator;
  readonly summary: Locator;
  readonly confirm: Locator;
  readonly done: Locator;
  readonly currentStep: Locator;

  constructor(readonly page: Page) {
    this.title = page.locator('#conv-title');
    this.status = page.getByTestId('conv-status');
    this.error = page.getByTestId('conv-error');
    this.loginLink = page.getByTestId('conv-login');
    this.type = page.getByTestId('conv-doc-type');
    this.number = page.getByTestId('conv-doc-number');
    this.issuer = page.getByTestId('conv-doc-issuer');
    this.issued = page.getByTestId('conv-doc-issued');
    this.expires = page.getByTestId('conv-doc-expires');
    this.next = page.getByTestId('conv-next');
    this.back = page.getByTestId('conv-back');
    this.download = page.getByTestId('conv-download');
    this.moduleFile = page.getByTestId('conv-file-module');
    this.documentFile = page.getByTestId('conv-file-document');
    this.moduleUploaded = page.getByTestId('conv-uploaded-module');
    this.documentUploaded = page.getByTestId('conv-uploaded-document');
    this.moduleError = page.getByTestId('upload-error-module');
    this.documentError = page.getByTestId('upload-error-document');
    this.summary = page.getByTestId('conv-summary');
    this.confirm = page.getByTestId('conv-confirm');
    this.done = page.getByTestId('conv-done');
    this.currentStep = page.locator('[aria-current="step"]');
  }

  async goto(): Promise<void> {
    await this.page.goto('/converti-pin');
    await expect(this.title).toBeVisible();
  }

  fieldError(name: 'type' | 'number' | 'issuer' | 'issued_on' | 'expires_on'): Locator {
    return this.page.getByTestId(`field-error-document.${name}`);
  }

  async fillDocument(d: DocumentData): Promise<void> {
    await this.type.selectOption(d.type);
    await this.number.fill(d.number);
    await this.issuer.fill(d.issuer);
    await this.issued.fill(d.issuedOn);
    await this.expires.fill(d.expiresOn);
  }

  /**
   * Steps 1–4 with valid data and files (the signed MV35 and `documentFile`
   * as the copy of the document), confirmed: "in lavorazione".
   */
  async convert(doc: DocumentData = CIE, documentFile = DOCUMENT_PNG): Promise<void> {
    await this.goto();
    await this.fillDocument(doc);
    await this.next.click();
    await expect(this.download).toBeVisible();
    await this.next.click();
    await this.moduleFile.setInputFiles(SIGNED_MODULE);
    await expect(this.moduleUploaded).toContainText('PDF');
    await this.documentFile.setInputFiles(documentFile);
    await expect(this.documentUploaded).toContainText(documentFile.endsWith('.png') ? 'PNG' : 'JPEG');
    await this.next.click();
    await expect(this.summary).toContainText(doc.number);
    await this.confirm.click();
    await expect(this.done).toContainText('in lavorazione');
  }
}
