// Issue 5 through the UI: what each PIN level opens, applications (protocolled
// at L0/L2, frozen at L1), "Converti il tuo PIN" with real uploads, and the
// back office approving or rejecting in a second browser context.
// The API only arranges citizens, PINs and the simulated clock.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Browser, BrowserContext, Locator, Page, TestInfo, expect, test } from '@playwright/test';
import {
  citizenWithOrdinaryPin,
  citizenWithPinHalves,
  clockAtStartBeforeEach,
  loginWithPin,
} from '../support/arrange';
import { expectNoAxeViolations } from '../support/axe';
import { H1 } from '../support/headings';
import { MyInpsPage } from '../pages/myInps';
import { ServicesPage } from '../pages/services';
import { ConvertPage, DocumentData } from '../pages/dispositivo';
import { BackOfficePage } from '../pages/backoffice';
import { SimulatorPage } from '../pages/simulator';

const fixture = (name: string) => path.join(__dirname, '..', 'fixtures', name);
const SIGNED_MODULE = fixture('modulo-mv35-firmato.pdf');
const DOCUMENT_JPEG = fixture('carta-identita.jpg');
const DOCUMENT_PNG = fixture('carta-identita.png');
/** An executable renamed to .pdf: refused from its content, whatever the name. */
const NOT_A_PDF = fixture('programma.pdf');

const IBAN = 'IT60X0542811101000000123456';
const MSG_TYPE = /PDF, JPEG o PNG/;

/** A document valid on the simulated today (April–May 2020). */
const CIE: DocumentData = {
  type: 'carta_identita_elettronica',
  number: 'CA12345AB',
  issuer: 'Comune di Roma',
  issuedOn: '2018-03-15',
  expiresOn: '2028-03-15',
};

clockAtStartBeforeEach();

/** A citizen with an ordinary PIN (first access done), logged in on `page`. */
async function loggedInL1(page: Page, request: import('@playwright/test').APIRequestContext) {
  const { citizen, contacts, pin } = await citizenWithOrdinaryPin(request);
  await loginWithPin(page, citizen.codice_fiscale, pin);
  const my = new MyInpsPage(page);
  await expect(my.pinType).toHaveText('PIN ordinario');
  return { citizen, contacts, pin };
}

/** Files a NASpI application from /servizi at L1; returns its row. */
async function frozenNaspi(services: ServicesPage) {
  await services.kind.selectOption('naspi');
  await services.field('last_employer').fill('Rossi Costruzioni S.r.l.');
  await services.field('termination_date').fill('13/03/2020');
  await services.field('iban').fill(IBAN);
  await services.submit.click();
  await expect(services.result).toContainText('in attesa di PIN dispositivo');
  const row = services.application('NASpI');
  await expect(services.statusOf(row)).toHaveText('In attesa di PIN dispositivo');
  return row;
}

/** Steps 1–4 of "Converti il tuo PIN" with valid data and files. */
async function convertThroughUi(conv: ConvertPage, doc: DocumentData = CIE): Promise<void> {
  await conv.goto();
  await conv.fillDocument(doc);
  await conv.next.click();
  await expect(conv.download).toBeVisible();
  await conv.next.click();
  await conv.moduleFile.setInputFiles(SIGNED_MODULE);
  await expect(conv.moduleUploaded).toContainText('PDF');
  await conv.documentFile.setInputFiles(DOCUMENT_PNG);
  await expect(conv.documentUploaded).toContainText('PNG');
  await conv.next.click();
  await expect(conv.summary).toContainText(doc.number);
  await conv.confirm.click();
  await expect(conv.done).toContainText('in lavorazione');
}

/** A second browser context with the same device as the test's project. */
async function operatorContext(browser: Browser, info: TestInfo): Promise<BrowserContext> {
  const u = info.project.use;
  return browser.newContext({
    baseURL: u.baseURL,
    viewport: u.viewport,
    userAgent: u.userAgent,
    deviceScaleFactor: u.deviceScaleFactor,
    isMobile: u.isMobile,
    hasTouch: u.hasTouch,
    locale: u.locale,
    timezoneId: u.timezoneId,
  });
}

/** The link (once it has its address) downloads a PDF. */
async function expectPdf(page: Page, link: Locator): Promise<void> {
  await expect(link).toHaveAttribute('href', /\S/);
  const href = await link.getAttribute('href');
  const res = await page.request.get(href!);
  expect(res.status()).toBe(200);
  expect((await res.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
}

test('L0: the first half of a new PIN opens the 600 € indemnity, not consultation', async ({
  page,
  request,
}) => {
  const { citizen, half1 } = await citizenWithPinHalves(request);
  expect(half1).toHaveLength(8);

  await loginWithPin(page, citizen.codice_fiscale, half1);
  const my = new MyInpsPage(page);
  await expect(my.pinType).toHaveText('Prima parte del PIN');
  await page.getByTestId('myinps-services-link').click();

  const services = new ServicesPage(page);
  await expect(services.level).toHaveText('Prima parte del PIN (accesso semplificato)');
  await expect(services.wayUp).toContainText('PIN completo di 16 caratteri');
  // Consultation is closed and says what is needed.
  await expect(services.service('estratto_conto')).toHaveAttribute('data-allowed', 'false');
  await expect(services.service('estratto_conto')).toContainText('Serve il PIN completo');
  await expect(services.service('indennita_covid_600')).toHaveAttribute('data-allowed', 'true');
  await expect(services.contribShow).toHaveCount(0);
  await expect(services.convertLink).toHaveCount(0);
  // Only the indemnity can be applied for.
  await expect(services.kind.locator('option[value]:not([value=""])')).toHaveText([
    'Indennità COVID-19 di 600 euro (2020)',
  ]);

  await services.kind.selectOption('indennita_covid_600');
  await services.submit.click();
  await expect(services.fieldError('category')).toContainText('obbligatorio');
  await expect(services.fieldError('iban')).toBeVisible();
  await services.field('category').selectOption('stagionali');
  await services.field('iban').fill('IT00 1234');
  await services.submit.click();
  await expect(services.fieldError('iban')).toContainText('IBAN non valido');
  await expect(services.fieldError('category')).toHaveCount(0);
  await expect(services.field('iban')).toHaveValue('IT00 1234');
  await expect(services.field('category')).toHaveValue('stagionali');

  await services.field('iban').fill(IBAN);
  await services.submit.click();
  await expect(services.result).toContainText('Domanda protocollata');
  // The form is cleared once sent, so the same application is not sent twice.
  await expect(services.kind).toHaveValue('');
  await expect(services.field('iban')).toHaveCount(0);
  const row = services.application('600 euro');
  await expect(services.statusOf(row)).toHaveText('Protocollata');
  await expect(services.protocolOf(row)).toContainText(/\d/);
  await expectPdf(page, services.receiptOf(row));

  // "Converti il tuo PIN" needs the full PIN first: said, and nothing to fill.
  const conv = new ConvertPage(page);
  await conv.goto();
  await expect(conv.error).toContainText('PIN completo');
  await expect(conv.type).toHaveCount(0);
});

test('logged out, /converti-pin asks to log in instead of showing the form', async ({ page }) => {
  const conv = new ConvertPage(page);
  await conv.goto();
  await expect(conv.error).toBeVisible();
  await expect(page.getByTestId('conv-login')).toHaveAttribute('href', '/accedi');
  await expect(conv.type).toHaveCount(0);
});

test('L1: consultation open, a NASpI application waits for the PIN dispositivo', async ({
  page,
  request,
}) => {
  await loggedInL1(page, request);
  const services = new ServicesPage(page);
  await services.goto();
  await expect(services.level).toHaveText('PIN ordinario');
  for (const id of ['estratto_conto', 'certificati_medici', 'pagamenti', 'naspi']) {
    await expect(services.service(id)).toHaveAttribute('data-allowed', 'true');
  }
  await services.contribShow.click();
  await expect(services.contribTable.locator('tbody tr').first()).toBeVisible();
  await expect(services.contribTable.locator('thead')).toContainText('Settimane');
  await services.certShow.click();
  await expect(services.certTable.or(page.getByTestId('cert-empty'))).toBeVisible();
  await services.payShow.click();
  await expect(services.payTable.locator('tbody tr').first()).toBeVisible();

  await expect(services.frozenNote).toContainText('data di presentazione originale');
  // A date in the future is named next to its field and what was typed stays.
  await services.kind.selectOption('naspi');
  await services.field('last_employer').fill('Rossi Costruzioni S.r.l.');
  await services.field('termination_date').fill('13/03/2021');
  await services.field('iban').fill(IBAN);
  await services.submit.click();
  await expect(services.fieldError('termination_date')).toContainText('futuro');
  await expect(services.field('last_employer')).toHaveValue('Rossi Costruzioni S.r.l.');
  await expect(services.field('termination_date')).toBeFocused();

  const row = await frozenNaspi(services);
  await expect(row).toContainText('Presentata il 22/04/2020');
  await expect(services.protocolOf(row)).toHaveCount(0);
  await expect(services.frozenCount).toContainText('1');
});

test('conversion: document, MV35, uploads, operator approval, frozen application protocolled', async ({
  page,
  request,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const { citizen, contacts } = await loggedInL1(page, request);
  const services = new ServicesPage(page);
  await services.goto();
  const naspi = await frozenNaspi(services);
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
  await conv.next.click();
  await expect(conv.error).toContainText('Carica entrambi i file');
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
  await services.goto();
  await expect(services.conversion).toContainText('In lavorazione');

  // The operator, in a browser of their own.
  const opCtx = await operatorContext(browser, testInfo);
  try {
    const op = new BackOfficePage(await opCtx.newPage());
    await op.goto();
    await op.signIn();
    await op.open(citizen.codice_fiscale);
    await expect(op.cf).toHaveText(citizen.codice_fiscale);
    await expect(op.name).toContainText(citizen.surname);
    await expect(op.docType).toHaveText("Carta d'identità elettronica");
    await expect(op.docNumber).toHaveText('CA12345AB');
    await expect(op.docIssuer).toHaveText(CIE.issuer);
    await expect(op.docExpires).toHaveText('15/03/2028');
    for (const [link, type] of [
      [op.moduleLink, 'application/pdf'],
      [op.documentLink, 'image/jpeg'],
    ] as const) {
      await expect(link).toHaveAttribute('href', /\S/);
      const res = await op.page.request.get((await link.getAttribute('href'))!);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toContain(type);
    }
    await op.approve.click();
    await expect(op.outcome).toContainText('approvata');
    await expect(op.item(citizen.codice_fiscale)).toHaveCount(0);
  } finally {
    await opCtx.close();
  }

  // Back to the citizen: PIN dispositivo, the NASpI protocolled with its date.
  const my = new MyInpsPage(page);
  await my.goto();
  await expect(my.pinType).toHaveText('PIN dispositivo');
  await expect(page.getByTestId('myinps-convert-link')).toHaveCount(0);
  await services.goto();
  await expect(services.level).toHaveText('PIN dispositivo');
  await expect(services.statusOf(naspi)).toHaveText('Protocollata');
  await expect(naspi).toContainText('Presentata il 22/04/2020');
  await expect(services.protocolOf(naspi)).toContainText(/\d/);
  await expectPdf(page, services.receiptOf(naspi));
  await expectNoAxeViolations(page, '/servizi at L2', H1.services);

  const sim = new SimulatorPage(page);
  await sim.goto();
  await sim.openMailbox(contacts.email);
  await expect(sim.mailItems.filter({ hasText: 'Il suo PIN è ora dispositivo' })).toHaveCount(1);
  await expect(sim.mailItems.filter({ hasText: 'Domande protocollate' })).toHaveCount(1);
});

test('rejection: the reason reaches the citizen, who can start again', async ({
  page,
  request,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const { citizen, contacts } = await loggedInL1(page, request);
  const conv = new ConvertPage(page);
  await convertThroughUi(conv);

  const opCtx = await operatorContext(browser, testInfo);
  const reason = 'Copia del documento illeggibile';
  try {
    const op = new BackOfficePage(await opCtx.newPage());
    await op.goto();
    await op.signIn('revisore');
    await op.open(citizen.codice_fiscale);
    await op.reject.click();
    await expect(op.reasonError).toContainText('almeno 5 caratteri');
    await expect(op.reason).toBeFocused();
    await op.reason.fill(reason);
    await op.reject.click();
    await expect(op.outcome).toContainText('respinta');
  } finally {
    await opCtx.close();
  }

  const services = new ServicesPage(page);
  await services.goto();
  await expect(services.level).toHaveText('PIN ordinario');
  await expect(services.conversion).toContainText('Respinta');
  await expect(services.conversion).toContainText(reason);
  await services.convertLink.click();
  await expect(conv.status).toContainText(reason);
  // A new request starts from the data already given.
  await expect(conv.number).toHaveValue('CA12345AB');
  await conv.next.click();
  await expect(conv.download).toBeVisible();
  await conv.next.click();
  await expect(conv.moduleUploaded).toContainText('Non ancora caricato');

  const sim = new SimulatorPage(page);
  await sim.goto();
  await sim.openMailbox(contacts.email);
  await expect(sim.mailItems.filter({ hasText: 'respinta' })).toHaveCount(1);
});
