// Issue 5: axe-core finds no violation on /servizi and /converti-pin, in
// the states a person sees (each PIN level, errors next to fields, each
// conversion step; the back office's: backoffice.spec.ts). With
// E2E_SHOTS=<dir> each state is also saved as a full-page screenshot for a
// look at 1280 and 360 px.
import { expect, test } from '../support/fixtures';
import {
  citizenWithPinHalves,
  clockAtStartBeforeEach,
  loggedInWithOrdinaryPin,
  loginWithPin,
} from '../support/arrange';
import { expectNoAxeViolationsAndShoot } from '../support/axe';
import { DOCUMENT_JPEG, IBAN, NOT_A_PDF, SIGNED_MODULE } from '../support/data';
import { H1 } from '../support/headings';
import { ConvertPage } from '../pages/dispositivo';
import { MyInpsPage } from '../pages/myInps';
import { ServicesPage } from '../pages/services';

clockAtStartBeforeEach();

test('axe: /servizi at L0, with field errors and a protocolled application', async ({
  page,
  request,
}) => {
  const { citizen, half1 } = await citizenWithPinHalves(request);
  await loginWithPin(page, citizen.codice_fiscale, half1);
  await expect(new MyInpsPage(page).pinType).toHaveText('Prima parte del PIN');
  const services = new ServicesPage(page);
  await services.goto();
  await expectNoAxeViolationsAndShoot(page, 'servizi L0', H1.services);
  await services.kind.selectOption('indennita_covid_600');
  await services.field('iban').fill('IT12');
  await services.submit.click();
  await expect(services.fieldError('iban')).toBeVisible();
  await expectNoAxeViolationsAndShoot(page, 'servizi L0 form errors', H1.services);
  await services.field('category').selectOption('stagionali');
  await services.field('iban').fill(IBAN);
  await services.submit.click();
  await expect(services.result).toBeVisible();
  // The list of applications has caught up too.
  await expect(services.statusOf(services.application('600 euro'))).toHaveText('Protocollata');
  await expectNoAxeViolationsAndShoot(page, 'servizi L0 protocolled', H1.services);
});

test('axe: /servizi at L1 with the tables open and an application form with errors', async ({
  page,
  request,
}) => {
  await loggedInWithOrdinaryPin(page, request);
  const services = new ServicesPage(page);
  await services.goto();
  await expectNoAxeViolationsAndShoot(page, 'servizi L1', H1.services);
  await services.contribShow.click();
  await services.certShow.click();
  await services.payShow.click();
  await expect(services.contribTable).toBeVisible();
  await expect(services.certTable.or(services.certEmpty)).toBeVisible();
  await expect(services.payTable).toBeVisible();
  await services.kind.selectOption('anf');
  await services.field('household_members').fill('uno');
  await services.submit.click();
  await expect(services.fieldError('household_members')).toBeVisible();
  await expectNoAxeViolationsAndShoot(page, 'servizi L1 tables and form errors', H1.services);
});

test('axe: /converti-pin each step with its errors', async ({ page, request }) => {
  await loggedInWithOrdinaryPin(page, request);
  const conv = new ConvertPage(page);
  await conv.goto();
  await expect(conv.type).toBeVisible();
  await expectNoAxeViolationsAndShoot(page, 'converti step 1', H1.convert);
  await conv.type.selectOption('passaporto');
  await conv.number.fill('Y1');
  await conv.issued.fill('2030-01-01');
  await conv.next.click();
  await expect(conv.fieldError('number')).toBeVisible();
  await expect(conv.fieldError('issuer')).toBeVisible();
  await expectNoAxeViolationsAndShoot(page, 'converti step 1 errors', H1.convert);
  await conv.fillDocument({
    type: 'passaporto',
    number: 'YA1234567',
    issuer: 'Questura di Roma',
    issuedOn: '2017-06-01',
    expiresOn: '2027-06-01',
  });
  await conv.next.click();
  await expect(conv.download).toBeVisible();
  await expectNoAxeViolationsAndShoot(page, 'converti step 2', H1.convert);
  await conv.next.click();
  // The native file input is hidden; a button in the page's language opens it.
  await expect(page.getByTestId('conv-choose-module')).toBeVisible();
  await expectNoAxeViolationsAndShoot(page, 'converti step 3', H1.convert);
  await conv.next.click();
  // "Avanti" without files: each file says it is missing, next to it.
  await expect(page.getByTestId('upload-error-document')).toBeVisible();
  await conv.moduleFile.setInputFiles(NOT_A_PDF);
  await expect(conv.moduleError).toBeVisible();
  await expectNoAxeViolationsAndShoot(page, 'converti step 3 errors', H1.convert);
  await conv.moduleFile.setInputFiles(SIGNED_MODULE);
  await conv.documentFile.setInputFiles(DOCUMENT_JPEG);
  await expect(conv.documentUploaded).toContainText('JPEG');
  await expect(conv.moduleUploaded).toContainText('PDF');
  await conv.next.click();
  await expect(conv.summary).toBeVisible();
  await expectNoAxeViolationsAndShoot(page, 'converti step 4', H1.convert);
  await conv.confirm.click();
  await expect(conv.done).toBeVisible();
  await expectNoAxeViolationsAndShoot(page, 'converti done', H1.convert);
  await conv.goto();
  await expect(conv.status).toContainText('in lavorazione');
  await expectNoAxeViolationsAndShoot(page, 'converti in lavorazione', H1.convert);
});
