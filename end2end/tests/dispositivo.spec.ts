// "Converti il tuo PIN" (issue 5) through the UI: the document, the MV35
// module, real uploads (refused by content) and the confirmation. What the
// back office then does with it: backoffice.spec.ts. The API only arranges
// citizens, PINs and the simulated clock.
import * as fs from 'node:fs';
import { expect, test } from '../support/fixtures';
import { clockAtStartBeforeEach, loggedInWithOrdinaryPin } from '../support/arrange';
import { CIE, DOCUMENT_JPEG, MSG_TYPE, NOT_A_PDF, SIGNED_MODULE } from '../support/data';
import { ConvertPage } from '../pages/dispositivo';
import { ServicesPage } from '../pages/services';

clockAtStartBeforeEach();

test('logged out, /converti-pin asks to log in instead of showing the form', async ({ page }) => {
  const conv = new ConvertPage(page);
  await conv.goto();
  await expect(conv.error).toBeVisible();
  await expect(conv.loginLink).toHaveAttribute('href', '/accedi');
  await expect(conv.type).toHaveCount(0);
});

test('conversion: document, MV35, uploads refused by content, summary, in lavorazione', async ({
  page,
  request,
}) => {
  await loggedInWithOrdinaryPin(page, request);
  const services = new ServicesPage(page);
  await services.goto();
  await services.convertLink.click();

  // 1 — the document; a badly formed number is named next to the field.
  const conv = new ConvertPage(page);
  await expect(conv.type).toBeVisible();
  await conv.fillDocument({ ...CIE, number: '12345' });
  await conv.next.click();
  await expect(conv.fieldError('number')).toContainText("carta d'identità elettronica non valido");
  await expect(conv.fieldError('number')).toContainText('CA12345AB');
  await expect(conv.number).toBeFocused();
  await expect(conv.number).toHaveValue('12345');
  await expect(conv.issuer).toHaveValue(CIE.issuer);
  await expect(conv.expires).toHaveValue(CIE.expiresOn);
  await conv.number.fill('ca 12345 ab');
  await conv.next.click();

  // 2 — the pre-filled MV35 module downloads as a PDF.
  await expect(conv.currentStep).toContainText('Modulo MV35');
  const [download] = await Promise.all([page.waitForEvent('download'), conv.download.click()]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const pdf = fs.readFileSync((await download.path())!);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await conv.next.click();

  // 3 — uploads: a file that is not a PDF/JPEG/PNG is refused, the good one stays.
  await expect(conv.currentStep).toContainText('Caricamento');
  // "Avanti" without files says, next to each file, what is missing, and
  // goes to the first one.
  await conv.next.click();
  await expect(conv.moduleError).toContainText('Manca il modulo MV35 firmato');
  await expect(conv.documentError).toContainText('Manca la copia del documento');
  await expect(page.getByTestId('conv-choose-module')).toBeFocused();
  await expect(conv.currentStep).toContainText('Caricamento');
  await conv.moduleFile.setInputFiles(NOT_A_PDF);
  await expect(conv.moduleError).toContainText(MSG_TYPE);
  await expect(conv.moduleUploaded).toContainText('Non ancora caricato');
  await conv.moduleFile.setInputFiles(SIGNED_MODULE);
  await expect(conv.moduleUploaded).toContainText('PDF');
  await expect(conv.moduleError).toHaveCount(0);
  await expect(conv.error).toHaveCount(0);
  await conv.documentFile.setInputFiles(DOCUMENT_JPEG);
  await expect(conv.documentUploaded).toContainText('JPEG');
  await conv.documentFile.setInputFiles(NOT_A_PDF);
  await expect(conv.documentError).toContainText(MSG_TYPE);
  await expect(conv.documentUploaded).toContainText('JPEG');
  await conv.next.click();

  // 4 — summary and confirm.
  await expect(conv.summary).toContainText('CA12345AB');
  await expect(conv.summary).toContainText('15/03/2028');
  await expect(conv.summary).toContainText('JPEG');
  await conv.confirm.click();
  await expect(conv.done).toContainText('in lavorazione');
  // Said once, not twice.
  await expect(page.getByText(/in lavorazione/i)).toHaveCount(1);
  await services.goto();
  await expect(services.conversion).toContainText('In lavorazione');
  // While it is in progress "Converti il tuo PIN" is not offered again:
  // the services page shows its state instead.
  await expect(services.convertLink).toHaveCount(0);
  await expect(page.getByTestId('service-note-converti_pin')).toContainText('Richiesta già inviata');
  // And the procedure itself shows the state, not the form.
  await conv.goto();
  await expect(conv.status).toContainText('in lavorazione');
  await expect(conv.type).toHaveCount(0);
});

test('a document date that does not exist is named so, like the birth date', async ({
  page,
  request,
}) => {
  await loggedInWithOrdinaryPin(page, request);
  const conv = new ConvertPage(page);
  await conv.goto();
  await conv.fillDocument({ ...CIE, issuedOn: '31/02/2019', expiresOn: '30/02/2029' });
  await conv.next.click();
  await expect(conv.fieldError('issued_on')).toContainText('La data indicata non esiste');
  await expect(conv.fieldError('expires_on')).toContainText('La data indicata non esiste');
  await expect(conv.issued).toBeFocused();
  await expect(conv.issued).toHaveValue('31/02/2019');
});

test('a draft comes back filled in after a reload: "Avanti" goes on to the MV35 and the file already sent', async ({
  page,
  request,
}) => {
  await loggedInWithOrdinaryPin(page, request);
  const conv = new ConvertPage(page);
  await conv.goto();
  await conv.fillDocument(CIE);
  await conv.next.click();
  await expect(conv.download).toBeVisible();
  await conv.next.click();
  await conv.moduleFile.setInputFiles(SIGNED_MODULE);
  await expect(conv.moduleUploaded).toContainText('PDF');

  // A cold load: step 1 again, with what was given, and nothing typed
  // before "Avanti" (steps 2–4 are a part loaded on demand).
  await page.reload();
  await expect(conv.number).toHaveValue(CIE.number);
  await expect(conv.issuer).toHaveValue(CIE.issuer);
  await conv.next.click();
  await expect(conv.currentStep).toContainText('Modulo MV35');
  await expect(conv.download).toBeVisible();
  await conv.next.click();
  await expect(conv.moduleUploaded).toContainText('PDF');
  await expect(conv.documentUploaded).toContainText('Non ancora caricato');
});
