// Issue 5: axe-core finds no violation on the new pages, in the states a
// person sees (each PIN level, errors next to fields, each conversion step,
// the back office). With E2E_SHOTS=<dir> each state is also saved as a
// full-page screenshot for a look at 1280 and 360 px.
import * as path from 'node:path';
import { APIRequestContext, Page, expect, test } from '@playwright/test';
import {
  citizenWithOrdinaryPin,
  citizenWithPinHalves,
  clockAtStartBeforeEach,
  loginWithPin,
} from '../support/arrange';
import { expectNoAxeViolations } from '../support/axe';
import { H1 } from '../support/headings';
import { ServicesPage } from '../pages/services';
import { ConvertPage } from '../pages/dispositivo';
import { BackOfficePage } from '../pages/backoffice';

const fixture = (name: string) => path.join(__dirname, '..', 'fixtures', name);

clockAtStartBeforeEach();

/**
 * axe on the page once its h1 reads `heading`, and a screenshot when
 * E2E_SHOTS is set. Callers first wait for the state they check.
 */
async function check(page: Page, what: string, heading: string): Promise<void> {
  await expectNoAxeViolations(page, what, heading);
  const dir = process.env.E2E_SHOTS;
  if (dir) {
    const name = `${test.info().project.name}-${what.replace(/[^a-z0-9]+/gi, '-')}.png`;
    // Phones are looked at 360 px wide, the narrowest the layout supports.
    if (test.info().project.use.isMobile) await page.setViewportSize({ width: 360, height: 780 });
    await page.screenshot({ path: path.join(dir, name), fullPage: true, scale: 'css' });
  }
}

async function loginL1(page: Page, request: APIRequestContext) {
  const { citizen, pin } = await citizenWithOrdinaryPin(request);
  await loginWithPin(page, citizen.codice_fiscale, pin);
  await expect(page.getByTestId('myinps-pin-type')).toHaveText('PIN ordinario');
  return citizen;
}

test('axe: /servizi at L0, with field errors and a protocolled application', async ({
  page,
  request,
}) => {
  const { citizen, half1 } = await citizenWithPinHalves(request);
  await loginWithPin(page, citizen.codice_fiscale, half1);
  await expect(page.getByTestId('myinps-pin-type')).toHaveText('Prima parte del PIN');
  const services = new ServicesPage(page);
  await services.goto();
  await check(page, 'servizi L0', H1.services);
  await services.kind.selectOption('indennita_covid_600');
  await services.field('iban').fill('IT12');
  await services.submit.click();
  await expect(services.fieldError('iban')).toBeVisible();
  await check(page, 'servizi L0 form errors', H1.services);
  await services.field('category').selectOption('stagionali');
  await services.field('iban').fill('IT60X0542811101000000123456');
  await services.submit.click();
  await expect(services.result).toBeVisible();
  // The list of applications has caught up too.
  await expect(services.statusOf(services.application('600 euro'))).toHaveText('Protocollata');
  await check(page, 'servizi L0 protocolled', H1.services);
});

test('axe: /servizi at L1 with the tables open and an application form with errors', async ({
  page,
  request,
}) => {
  await loginL1(page, request);
  const services = new ServicesPage(page);
  await services.goto();
  await check(page, 'servizi L1', H1.services);
  await services.contribShow.click();
  await services.certShow.click();
  await services.payShow.click();
  await expect(services.contribTable).toBeVisible();
  await expect(services.certTable.or(page.getByTestId('cert-empty'))).toBeVisible();
  await expect(services.payTable).toBeVisible();
  await services.kind.selectOption('anf');
  await services.field('household_members').fill('uno');
  await services.submit.click();
  await expect(services.fieldError('household_members')).toBeVisible();
  await check(page, 'servizi L1 tables and form errors', H1.services);
});

test('axe: /converti-pin each step with its errors, then the back office', async ({
  page,
  request,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const citizen = await loginL1(page, request);
  const conv = new ConvertPage(page);
  await conv.goto();
  await expect(conv.type).toBeVisible();
  await check(page, 'converti step 1', H1.convert);
  await conv.type.selectOption('passaporto');
  await conv.number.fill('Y1');
  await conv.issued.fill('2030-01-01');
  await conv.next.click();
  await expect(conv.fieldError('number')).toBeVisible();
  await expect(conv.fieldError('issuer')).toBeVisible();
  await check(page, 'converti step 1 errors', H1.convert);
  await conv.fillDocument({
    type: 'passaporto',
    number: 'YA1234567',
    issuer: 'Questura di Roma',
    issuedOn: '2017-06-01',
    expiresOn: '2027-06-01',
  });
  await conv.next.click();
  await expect(conv.download).toBeVisible();
  await check(page, 'converti step 2', H1.convert);
  await conv.next.click();
  await expect(conv.moduleFile).toBeVisible();
  await check(page, 'converti step 3', H1.convert);
  await conv.next.click();
  await conv.moduleFile.setInputFiles(fixture('programma.pdf'));
  await expect(conv.moduleError).toBeVisible();
  await expect(conv.error).toBeVisible();
  await check(page, 'converti step 3 errors', H1.convert);
  await conv.moduleFile.setInputFiles(fixture('modulo-mv35-firmato.pdf'));
  await conv.documentFile.setInputFiles(fixture('carta-identita.jpg'));
  await expect(conv.documentUploaded).toContainText('JPEG');
  await expect(conv.moduleUploaded).toContainText('PDF');
  await conv.next.click();
  await expect(conv.summary).toBeVisible();
  await check(page, 'converti step 4', H1.convert);
  await conv.confirm.click();
  await expect(conv.done).toBeVisible();
  await check(page, 'converti done', H1.convert);
  await conv.goto();
  await expect(conv.status).toContainText('in lavorazione');
  await check(page, 'converti in lavorazione', H1.convert);

  const u = testInfo.project.use;
  const ctx = await browser.newContext({
    baseURL: u.baseURL,
    viewport: u.viewport,
    userAgent: u.userAgent,
    deviceScaleFactor: u.deviceScaleFactor,
    isMobile: u.isMobile,
    hasTouch: u.hasTouch,
    locale: u.locale,
    timezoneId: u.timezoneId,
  });
  try {
    const op = new BackOfficePage(await ctx.newPage());
    await op.goto();
    await check(op.page, 'backoffice login', H1.backOffice);
    await op.username.fill('operatore');
    await op.password.fill('sbagliata');
    await op.login.click();
    await expect(op.loginError).toBeVisible();
    await check(op.page, 'backoffice login error', H1.backOffice);
    await op.signIn();
    await expect(op.item(citizen.codice_fiscale)).toBeVisible();
    await check(op.page, 'backoffice queue', H1.backOffice);
    await op.open(citizen.codice_fiscale);
    await check(op.page, 'backoffice detail', H1.backOffice);
    await op.reject.click();
    await expect(op.reasonError).toBeVisible();
    await check(op.page, 'backoffice detail reason error', H1.backOffice);
    await op.back.click();
    await expect(op.queue).toBeVisible();
  } finally {
    await ctx.close();
  }
});
