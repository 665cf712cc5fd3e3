// (7) axe-core finds no violation on any page, in the states a person sees:
// here the home, not-found, login, request, first access, MyINPS and
// simulator pages; each procedure's own spec scans its pages on the way.
import { expect, test } from '../support/fixtures';
import { letterHalf, messages, setClock } from '../support/api';
import {
  citizenWithPin,
  clockAtStartBeforeEach,
  loginWithPin,
  requestFormData,
} from '../support/arrange';
import { expectNoAxeViolations } from '../support/axe';
import { H1 } from '../support/headings';
import { FirstAccessPage } from '../pages/firstAccess';
import { HomePage } from '../pages/home';
import { LoginPage } from '../pages/login';
import { MyInpsPage } from '../pages/myInps';
import { RequestPage } from '../pages/request';
import { SimulatorPage } from '../pages/simulator';

clockAtStartBeforeEach();

test('home and not-found', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  // The header shows the simulated date once the clock has answered.
  await expect(home.simDate).toHaveText(/^\d{2}\/\d{2}\/\d{4}/);
  await expectNoAxeViolations(page, 'home', H1.home);

  await page.goto('/pagina-che-non-esiste');
  await expect(page.getByTestId('not-found')).toBeVisible();
  await expectNoAxeViolations(page, 'not found', H1.notFound);
});

test('/accedi: every tab, and the error state', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await expectNoAxeViolations(page, '/accedi PIN tab', H1.login);
  for (const tab of ['spid', 'cie', 'cns'] as const) {
    await login.tab(tab).click();
    await expect(login.panel(tab)).toBeVisible();
    await expectNoAxeViolations(page, `/accedi ${tab} tab`, H1.login);
  }
  await login.tab('pin').click();
  await login.submit.click();
  await expect(login.cfError).toBeVisible();
  await expectNoAxeViolations(page, '/accedi empty-field errors', H1.login);
  await login.login('RSSMRA80A01H501U', 'ABCDEFGH');
  await expect(login.error).toBeVisible();
  await expectNoAxeViolations(page, '/accedi wrong credentials', H1.login);
});

test('/richiedi-pin: each step, field errors, outcome, already assigned, closed', async ({
  page,
  request,
}) => {
  const { citizen, data } = await requestFormData(request);

  const req = new RequestPage(page);
  await req.goto();
  await expectNoAxeViolations(page, 'request step 1', H1.request);
  await req.step1(citizen.codice_fiscale);
  await expect(req.surname).toBeVisible();
  await expectNoAxeViolations(page, 'request step 2 (empty)', H1.request);
  await req.next.click();
  await expect(req.errorSummary).toBeVisible();
  await expectNoAxeViolations(page, 'request step 2 (errors)', H1.request);
  await req.fillStep2(data);
  await req.next.click();
  await expect(req.summary).toBeVisible();
  await expectNoAxeViolations(page, 'request step 3 (summary)', H1.request);
  await req.submit.click();
  await expect(req.outcome).toBeVisible();
  await expectNoAxeViolations(page, 'request outcome', H1.request);

  await req.goto();
  await req.step1(citizen.codice_fiscale);
  await expect(req.alreadyAssigned).toBeVisible();
  await expectNoAxeViolations(page, 'request already assigned', H1.request);

  await setClock(request, '2020-10-02T08:00:00Z');
  await req.goto();
  await expect(req.issuanceClosed).toBeVisible();
  await expectNoAxeViolations(page, 'request after the cut-off', H1.request);
});

test('/primo-accesso, /myinps (in and out) and /simulatore with open inboxes', async ({
  page,
  request,
}) => {
  const { citizen, contacts } = await citizenWithPin(request);
  // Arranged: the two halves as the person received them.
  // (A letter shows its PIN only once delivered: the clock moves past it.)
  const half1 = (await messages(request, contacts.mobile)).find((m) => m.channel === 'sms')?.secret;
  const half2 = await letterHalf(request, citizen.codice_fiscale);
  expect(half1 && half2).toBeTruthy();

  const me = new MyInpsPage(page);
  await me.goto();
  await expect(me.notLogged).toBeVisible();
  await expectNoAxeViolations(page, '/myinps not logged in', H1.myInps);

  await loginWithPin(page, citizen.codice_fiscale, `${half1}${half2}`);
  await expect(page).toHaveURL(/\/primo-accesso$/);
  const first = new FirstAccessPage(page);
  await expect(first.getNewPin).toBeVisible();
  await expectNoAxeViolations(page, '/primo-accesso before the new PIN', H1.firstAccess);
  await first.issueNewPin();
  await expect(first.saved).toBeVisible();
  await expectNoAxeViolations(page, '/primo-accesso with the new PIN', H1.firstAccess);
  await first.saved.check();
  await first.next.click();
  // First access goes on to verify the contacts (issue 4); MyINPS is open too.
  await expect(page).toHaveURL(/\/verifica-recapiti$/);
  // One code per contact, each field named by its contact (never two
  // fields both called "Codice ricevuto").
  await expect(page.getByLabel(/^Codice ricevuto via SMS/)).toBeVisible();
  await expect(page.getByLabel(/^Codice ricevuto per e-mail/)).toBeVisible();
  await expect(page.getByLabel('Codice ricevuto', { exact: true })).toHaveCount(0);
  await me.goto();
  await expect(me.pinType).toBeVisible();
  await expectNoAxeViolations(page, '/myinps', H1.myInps);

  const sim = new SimulatorPage(page);
  await sim.goto();
  await sim.newCitizen.click();
  await expect(sim.citizen).toHaveCount(1);
  await sim.openPhone(contacts.mobile);
  // Half 1 and the code that verifies the mobile.
  await expect(sim.smsItems).toHaveCount(2);
  await sim.openMailbox(contacts.email);
  await sim.mailItems.first().click();
  await expect(sim.mailMessages.first()).toBeVisible();
  // A letter still in transit: another citizen's, requested now.
  const { citizen: other } = await citizenWithPin(request);
  await sim.openLetterbox(other.codice_fiscale);
  await expect(sim.letters.or(sim.pendingLetters)).toHaveCount(1);
  await sim.allShow.click();
  await expect(sim.allItems.first()).toBeVisible();
  await expectNoAxeViolations(page, '/simulatore (letter in transit)', H1.simulator);
  await sim.advanceOneWeek();
  await sim.advanceOneWeek();
  await sim.advanceOneWeek();
  await expect(sim.letters).toHaveCount(1);
  await expectNoAxeViolations(page, '/simulatore (letter delivered)', H1.simulator);
});
