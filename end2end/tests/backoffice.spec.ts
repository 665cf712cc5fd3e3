// The back office (issue 5) in a browser of the operator's own: approving a
// conversion (the PIN becomes dispositivo, the frozen application is
// protocolled with its original date), rejecting one (the reason reaches
// the citizen, who can start again), and axe on every state of the console.
// The citizen's side of the conversion: dispositivo.spec.ts.
import { expect, test } from '../support/fixtures';
import { asOperator, clockAtStartBeforeEach, loggedInWithOrdinaryPin } from '../support/arrange';
import { expectNoAxeViolations, expectNoAxeViolationsAndShoot } from '../support/axe';
import { CIE, DOCUMENT_JPEG, expectPdf } from '../support/data';
import { H1 } from '../support/headings';
import { ConvertPage } from '../pages/dispositivo';
import { MyInpsPage } from '../pages/myInps';
import { ServicesPage } from '../pages/services';
import { SimulatorPage } from '../pages/simulator';

clockAtStartBeforeEach();

test('approval: the operator checks data and files, the PIN becomes dispositivo, the frozen application is protocolled', async ({
  page,
  request,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const { citizen, contacts } = await loggedInWithOrdinaryPin(page, request);
  const services = new ServicesPage(page);
  await services.goto();
  const naspi = await services.applyForNaspiFrozen();
  await new ConvertPage(page).convert(CIE, DOCUMENT_JPEG);

  await asOperator(browser, testInfo, async (op) => {
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
  });

  // Back to the citizen: PIN dispositivo, the NASpI protocolled with its date.
  const my = new MyInpsPage(page);
  await my.goto();
  await expect(my.pinType).toHaveText('PIN dispositivo');
  await expect(my.convertLink).toHaveCount(0);
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
  const { citizen, contacts } = await loggedInWithOrdinaryPin(page, request);
  const conv = new ConvertPage(page);
  await conv.convert();

  const reason = 'Copia del documento illeggibile';
  await asOperator(browser, testInfo, async (op) => {
    await op.signIn('revisore');
    await op.open(citizen.codice_fiscale);
    await op.reject.click();
    await expect(op.reasonError).toContainText('almeno 5 caratteri');
    await expect(op.reason).toBeFocused();
    await op.reason.fill(reason);
    await op.reject.click();
    await expect(op.outcome).toContainText('respinta');
  });

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

test('axe: the back office login and its error, the queue, a detail and its reason error', async ({
  page,
  request,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const { citizen } = await loggedInWithOrdinaryPin(page, request);
  await new ConvertPage(page).convert();

  await asOperator(browser, testInfo, async (op) => {
    await expectNoAxeViolationsAndShoot(op.page, 'backoffice login', H1.backOffice);
    await op.username.fill('operatore');
    await op.password.fill('sbagliata');
    await op.login.click();
    await expect(op.loginError).toBeVisible();
    await expectNoAxeViolationsAndShoot(op.page, 'backoffice login error', H1.backOffice);
    await op.signIn();
    await expect(op.item(citizen.codice_fiscale)).toBeVisible();
    await expectNoAxeViolationsAndShoot(op.page, 'backoffice queue', H1.backOffice);
    await op.open(citizen.codice_fiscale);
    await expectNoAxeViolationsAndShoot(op.page, 'backoffice detail', H1.backOffice);
    await op.reject.click();
    await expect(op.reasonError).toBeVisible();
    await expectNoAxeViolationsAndShoot(op.page, 'backoffice detail reason error', H1.backOffice);
    await op.back.click();
    await expect(op.queue).toBeVisible();
  });
});
