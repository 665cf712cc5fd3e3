// The trainer console (issue 12): the trainer logs in at /formatore, makes
// a class of three worlds, and two learners in browsers of their own join
// two of them with their codes (/mondo/{code}) and work at the same time:
// one jumps six months ahead on its simulator clock, the other requests a
// PIN and its clock does not move. The trainer's live table follows both
// (it polls; the test waits for what it shows). Axe on every state of the
// trainer's pages and of the join page, desktop and mobile.
import { Browser, BrowserContext, Page, TestInfo } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { requestFormData } from '../support/arrange';
import { expectNoAxeViolations, expectNoAxeViolationsAndShoot } from '../support/axe';
import { RequestPage } from '../pages/request';
import { SimulatorPage } from '../pages/simulator';

/** A browser of someone's own, like the project's device, in no world. */
async function ownContext(browser: Browser, info: TestInfo): Promise<BrowserContext> {
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

/** `iso` plus `days`, as the simulator's date field takes it (Rome time). */
function romeLocalInput(iso: string, days: number): string {
  const at = new Date(new Date(iso).getTime() + days * 86_400_000);
  return at.toLocaleString('sv-SE', { timeZone: 'Europe/Rome' }).replace(' ', 'T').slice(0, 16);
}

/** `iso` as the app shows a date (dd/mm/yyyy, Rome time). */
function romeDate(iso: string, days = 0): string {
  const at = new Date(new Date(iso).getTime() + days * 86_400_000);
  return at.toLocaleDateString('it-IT', {
    timeZone: 'Europe/Rome',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });
}

async function joinWith(page: Page, code: string, worldName: string): Promise<void> {
  await page.goto(`/mondo/${code}`);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('world-banner')).toBeVisible();
  await expect(page.getByTestId('world-name')).toHaveText(worldName);
}

test('a trainer follows a class of three worlds while two learners work in parallel', async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const trainerCtx = await ownContext(browser, testInfo);
  const learnerACtx = await ownContext(browser, testInfo);
  const learnerBCtx = await ownContext(browser, testInfo);
  try {
    // The trainer logs in.
    const tp = await trainerCtx.newPage();
    await tp.goto('/formatore');
    await expect(tp.getByTestId('tr-username')).toBeVisible();
    await expectNoAxeViolationsAndShoot(tp, 'trainer login', 'Console del formatore');
    await tp.getByTestId('tr-username').fill('formatore');
    await tp.getByTestId('tr-password').fill('Sbagliata1!');
    await tp.getByTestId('tr-login').click();
    await expect(tp.getByTestId('tr-login-error')).toBeVisible();
    await tp.getByTestId('tr-password').fill('Sede2020!');
    await tp.getByTestId('tr-login').click();
    await expect(tp.getByTestId('tr-trainer')).toHaveText('Formatore');

    // A class without a name is refused next to the field.
    await tp.getByTestId('tr-worlds').fill('3');
    await tp.getByTestId('tr-create').click();
    await expect(tp.getByTestId('field-error-name')).toBeVisible();
    await expect(tp.getByTestId('tr-class-name')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(tp, 'trainer: class form with an error', 'Console del formatore');
    const className = `Aula ${testInfo.project.name} ${Date.now() % 100000}`;
    await tp.getByTestId('tr-class-name').fill(className);
    await tp.getByTestId('tr-create').click();
    await expect(tp.getByTestId('tr-table-name')).toHaveText(className);
    await expect(tp.getByTestId('tr-row-3')).toBeVisible();
    await expect(tp.getByTestId('tr-step-1')).toHaveText('Da iniziare: nessun PIN richiesto');
    await expectNoAxeViolationsAndShoot(tp, 'trainer live table', 'Console del formatore');

    const codeA = (await tp.getByTestId('tr-code-1').innerText()).trim();
    const codeB = (await tp.getByTestId('tr-code-2').innerText()).trim();
    const startA = (await tp.getByTestId('tr-date-1').getAttribute('datetime')) ?? '';
    const startB = (await tp.getByTestId('tr-date-2').getAttribute('datetime')) ?? '';

    // Learner A joins by the link; learner B mistypes, then types the code.
    const a = await learnerACtx.newPage();
    const b = await learnerBCtx.newPage();
    await joinWith(a, codeA, `${className} - 1`);
    await b.goto('/mondo/ZZZZ-ZZZZ');
    await expect(b.getByTestId('field-error-join_code')).toBeVisible();
    await expectNoAxeViolations(b, 'join page with a wrong code', 'Entra nel mondo di simulazione');
    await b.getByTestId('join-code').fill(codeB);
    await b.getByTestId('join-submit').click();
    await expect(b).toHaveURL(/\/$/);
    await expect(b.getByTestId('world-name')).toHaveText(`${className} - 2`);

    // In parallel: A jumps six months ahead, B requests a PIN.
    const sixMonthsOn = romeLocalInput(startA, 183);
    await Promise.all([
      (async () => {
        const sim = new SimulatorPage(a);
        await sim.goto();
        await sim.clockInput.fill(sixMonthsOn);
        await sim.clockSet.click();
        await expect(sim.clockNow).toContainText(romeDate(startA, 183));
        await expect(a.getByTestId('world-date')).toContainText(romeDate(startA, 183));
      })(),
      (async () => {
        const { citizen, data } = await requestFormData(learnerBCtx.request);
        const req = new RequestPage(b);
        await req.goto();
        await req.requestPin(citizen.codice_fiscale, data);
      })(),
    ]);

    // The trainer's table follows both; B's clock and world 3 did not move.
    await expect(tp.getByTestId('tr-date-1')).toContainText(romeDate(startA, 183));
    await expect(tp.getByTestId('tr-step-2')).toHaveText('PIN richiesto: primo accesso da fare');
    await expect(tp.getByTestId('tr-date-2')).toContainText(romeDate(startB));
    await expect(tp.getByTestId('tr-step-1')).toHaveText('Da iniziare: nessun PIN richiesto');
    await expect(tp.getByTestId('tr-step-3')).toHaveText('Da iniziare: nessun PIN richiesto');
    await expect(b.getByTestId('world-date')).toContainText(romeDate(startB));
    await expectNoAxeViolations(tp, 'trainer table following two learners', 'Console del formatore');

    // The trainer moves every clock by a day; then ends the class, and the
    // learners' banner says so.
    await tp.getByTestId('tr-advance-all').click();
    await expect(tp.getByTestId('tr-date-2')).toContainText(romeDate(startB, 1));
    await expect(tp.getByTestId('tr-date-1')).toContainText(romeDate(startA, 184));
    await tp.getByTestId('tr-end').click();
    await tp.getByTestId('tr-end-confirm').click();
    await expect(tp.getByTestId('tr-table')).toHaveCount(0);
    await a.reload();
    await expect(a.getByTestId('world-ended')).toBeVisible();
    await a.getByTestId('world-leave').click();
    await expect(a.getByTestId('world-banner')).toHaveCount(0);
  } finally {
    await trainerCtx.close();
    await learnerACtx.close();
    await learnerBCtx.close();
  }
});
