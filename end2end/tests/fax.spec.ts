// The fax to 800 803 164 (issue 13): a citizen with an ordinary PIN faxes
// the signed MV35 and the document copy from the simulator; the back-office
// operator (a browser of their own) sees the request marked "Fax" and
// approves it like an online one; the citizen's PIN is then dispositivo,
// and "Le tue attività" shows the fax received and the approval.
import { expect, test } from '../support/fixtures';
import { asOperator, clockAtStartBeforeEach, loggedInWithOrdinaryPin } from '../support/arrange';
import { expectNoAxeViolations } from '../support/axe';
import { CIE, DOCUMENT_JPEG, SIGNED_MODULE } from '../support/data';
import { H1 } from '../support/headings';
import { MyInpsPage } from '../pages/myInps';
import { SimulatorPage } from '../pages/simulator';

clockAtStartBeforeEach();

test('a fax lands in the back-office queue marked Fax and is approved like an online request', async ({
  page,
  request,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const { citizen } = await loggedInWithOrdinaryPin(page, request);

  // The fax panel is below the fold: the page object scrolls to it (what
  // loads the inbox panels' chunk) and waits until it is there.
  await new SimulatorPage(page).goto();
  const panel = page.getByRole('region', { name: 'Invia un fax (800 803 164)' });
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('sim-fax-choose-module')).toHaveText('Scegli il file');
  await expectNoAxeViolations(page, 'the fax panel', H1.simulator);

  // Without the files nothing is sent.
  await page.getByTestId('sim-fax-cf').fill(citizen.codice_fiscale);
  await page.getByTestId('sim-fax-send').click();
  await expect(page.getByTestId('sim-fax-error')).toContainText('Scegli sia il modulo');

  await page.getByTestId('sim-fax-doc-type').selectOption(CIE.type);
  await page.getByTestId('sim-fax-doc-number').fill(CIE.number);
  await page.getByTestId('sim-fax-doc-issuer').fill(CIE.issuer);
  await page.getByTestId('sim-fax-doc-issued').fill(CIE.issuedOn);
  await page.getByTestId('sim-fax-doc-expires').fill(CIE.expiresOn);
  await page.getByTestId('sim-fax-file-module').setInputFiles(SIGNED_MODULE);
  await page.getByTestId('sim-fax-file-document_copy').setInputFiles(DOCUMENT_JPEG);
  await expect(page.getByTestId('sim-fax-chosen-module')).toHaveText('modulo-mv35-firmato.pdf');
  await page.getByTestId('sim-fax-send').click();
  await expect(page.getByTestId('sim-fax-done')).toContainText('in lavorazione');
  await expect(page.getByTestId('sim-fax-error')).toHaveCount(0);
  await expectNoAxeViolations(page, 'the fax panel after sending', H1.simulator);

  await asOperator(browser, testInfo, async (op) => {
    await op.signIn();
    const item = op.item(citizen.codice_fiscale);
    await expect(item.getByTestId('bo-channel')).toHaveText('Fax');
    await op.open(citizen.codice_fiscale);
    await expect(op.detail.getByTestId('bo-channel')).toHaveText('Fax');
    await expect(op.docNumber).toHaveText(CIE.number);
    await op.approve.click();
    await expect(op.outcome).toContainText('approvata');
    await expect(op.item(citizen.codice_fiscale)).toHaveCount(0);
  });

  const my = new MyInpsPage(page);
  await my.goto();
  await expect(my.pinType).toHaveText('PIN dispositivo');

  // "Le tue attività" tells the fax and the approval (with the e-mail sent).
  await page.goto('/myinps/attivita');
  const faxed = page.locator('[data-testid="activity-row"][data-kind="conversion_faxed"]');
  await expect(faxed).toContainText('ricevuta via fax');
  const approved = page.locator('[data-testid="activity-row"][data-kind="conversion_approved"]');
  await expect(approved).toContainText('accolta');
  await expect(page.locator('[data-testid="activity-row"][data-kind="conversion_submitted"]')).toHaveCount(0);
  await expectNoAxeViolations(page, '/myinps/attivita (fax conversion)', H1.activity);
});
