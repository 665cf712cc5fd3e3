// What a person types and uploads (end2end/fixtures/) in the journeys, and
// checking what the pages let them download.
import * as path from 'node:path';
import { Locator, Page, expect } from '@playwright/test';

const fixture = (name: string) => path.join(__dirname, '..', 'fixtures', name);

/** The MV35 module, printed, signed and scanned (a PDF). */
export const SIGNED_MODULE = fixture('modulo-mv35-firmato.pdf');
export const DOCUMENT_JPEG = fixture('carta-identita.jpg');
export const DOCUMENT_PNG = fixture('carta-identita.png');
/** An executable renamed to .pdf: refused from its content, whatever the name. */
export const NOT_A_PDF = fixture('programma.pdf');

/** What the server says of a file of another type. */
export const MSG_TYPE = /PDF, JPEG o PNG/;

export const IBAN = 'IT60X0542811101000000123456';

/** A PIN no rule refuses: letters and digits alternate, so no name part fits. */
export const FRESH_PIN = 'K7M2P9Q4';

/** A document valid on the simulated today (April–May 2020). */
/** What the citizen types about the identity document on /converti-pin. */
export interface DocumentData {
  type: 'carta_identita' | 'carta_identita_elettronica' | 'passaporto' | 'patente';
  number: string;
  issuer: string;
  issuedOn: string; // AAAA-MM-GG (date input)
  expiresOn: string; // AAAA-MM-GG
}

export const CIE: DocumentData = {
  type: 'carta_identita_elettronica',
  number: 'CA12345AB',
  issuer: 'Comune di Roma',
  issuedOn: '2018-03-15',
  expiresOn: '2028-03-15',
};

/** The link (once it has its address) downloads a PDF. */
export async function expectPdf(page: Page, link: Locator): Promise<void> {
  await expect(link).toHaveAttribute('href', /\S/);
  const href = await link.getAttribute('href');
  const res = await page.request.get(href!);
  expect(res.status()).toBe(200);
  expect((await res.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
}
