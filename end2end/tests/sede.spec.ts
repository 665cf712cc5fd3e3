// The sede's console (issue 13), with the operator in a browser of their
// own: the operator (sportello) identifies the citizen with a document and
// issues the whole PIN, already dispositivo; the sealed envelope is a PDF
// with the 16 characters; the citizen logs in with them, changes them for 8
// at the first access and reaches the L2 services at once. Also the field
// error of an expired document, the desk conversion, and axe on each page.
import { expect, test } from '../support/fixtures';
import { newCitizen } from '../support/api';
import { clockAtStartBeforeEach, loggedInWithOrdinaryPin, loginWithPin } from '../support/arrange';
import { expectNoAxeViolations } from '../support/axe';
import { FirstAccessPage } from '../pages/firstAccess';
import { PrivacyPage } from '../pages/lifecycle';
import { ServicesPage } from '../pages/services';
import { asSede } from '../pages/sede';

const H1 = 'Sede INPS - Sportello';
const CARD = {
  kind: 'carta_identita',
  number: 'AA1234567',
  issuer: 'Comune di Roma',
  issuedOn: '2018-01-10',
  expiresOn: '2028-01-10',
};

clockAtStartBeforeEach();

test('sede: a PIN issued in person, first access with the 16 characters, L2 at once', async ({
  page,
  request,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const citizen = await newCitizen(request);
  let pin16 = '';

  await asSede(browser, testInfo, async (sede) => {
    await expectNoAxeViolations(sede.page, '/sede', H1);
    // An expired document: the message next to its field, nothing issued.
    await sede.issue(citizen.codice_fiscale, { ...CARD, expiresOn: '2019-12-31' });
    const expired = sede.page.getByTestId('field-error-document.expires_on');
    await expect(expired).toContainText('scaduto');
    await expectNoAxeViolations(sede.page, '/sede (expired document)', H1);

    await sede.field('sede-issue-expires-on').fill(CARD.expiresOn);
    await sede.field('sede-issue-submit').click();
    await expect(sede.issueDone).toBeVisible();
    await expect(expired).toHaveCount(0);
    await expectNoAxeViolations(sede.page, '/sede (issued)', H1);
    const envelope = await sede.envelope();
    expect(envelope.contentType).toBe('application/pdf');
    pin16 = envelope.pin;
  });

  // The citizen, in the default browser context.
  await loginWithPin(page, citizen.codice_fiscale, pin16);
  await expect(page).toHaveURL(/\/primo-accesso$/);
  const first = new FirstAccessPage(page);
  const newPin = await first.issueNewPin();
  expect(newPin).toMatch(/^[A-Za-z0-9]{8}$/);
  await first.saved.check();
  await first.next.click();
  // No contacts on file: straight to the privacy notice.
  await expect(page).toHaveURL(/\/informativa-privacy$/);
  const privacy = new PrivacyPage(page);
  await privacy.read.check();
  await privacy.accept.click();
  await expect(page).toHaveURL(/\/myinps$/);
  const services = new ServicesPage(page);
  await services.goto();
  await expect(services.level).toHaveText('PIN dispositivo');
});

test('sede: an ordinary PIN converted to dispositivo at the desk', async ({ page, request, browser }, testInfo) => {
  test.setTimeout(120_000);
  const { citizen } = await loggedInWithOrdinaryPin(page, request);

  await asSede(browser, testInfo, async (sede) => {
    await sede.tab('convert');
    await expectNoAxeViolations(sede.page, '/sede/conversione', H1);
    await sede.field('sede-convert-cf').fill(citizen.codice_fiscale);
    await sede.fillDocument('convert', CARD);
    await sede.field('sede-convert-submit').click();
    await expect(sede.convertDone).toBeVisible();
    await expectNoAxeViolations(sede.page, '/sede/conversione (done)', H1);
  });

  const services = new ServicesPage(page);
  await services.goto();
  await expect(services.level).toHaveText('PIN dispositivo');
});
