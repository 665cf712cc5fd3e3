// Login branches (SPEC §4.5), the lockout, logout and the pages around it.
import { expect, test } from '../support/fixtures';
import { newCitizen, setClock, wrongLoginsViaApi } from '../support/api';
import {
  citizenWithOrdinaryPin,
  citizenWithPin,
  citizenWithPinHalves,
  clockAtStartBeforeEach,
  loginWithPin,
} from '../support/arrange';
import { ActivityPage, ContactsPage } from '../pages/lifecycle';
import { LoginPage } from '../pages/login';
import { MyInpsPage } from '../pages/myInps';

clockAtStartBeforeEach();

test('(6) a wrong PIN gets a clear message that reveals nothing else', async ({ page, request }) => {
  const { citizen: withPin } = await citizenWithPin(request);
  const withoutPin = await newCitizen(request);

  const login = new LoginPage(page);
  await login.goto();
  await login.login(withPin.codice_fiscale, 'ABCDEFGH12345678');
  await expect(login.error).toContainText('Codice fiscale o PIN non corretti');
  const wrongPinText = await login.error.innerText();
  // What was typed stays there to correct.
  await expect(login.cf).toHaveValue(withPin.codice_fiscale);
  await expect(login.pin).toHaveValue('ABCDEFGH12345678');
  await expect(page).toHaveURL(/\/accedi$/);

  // A codice fiscale without any PIN gets exactly the same words. The first
  // error is still on screen: wait for the server's answer to this attempt.
  await login.cf.fill(withoutPin.codice_fiscale);
  await login.pin.fill('ZZZZZZZZ');
  const answer = page.waitForResponse(
    (r) => r.url().endsWith('/api/v1/session') && r.request().method() === 'POST',
  );
  await login.submit.click();
  expect((await answer).status()).toBe(401);
  await expect(login.cf).toHaveValue(withoutPin.codice_fiscale);
  await expect(login.error).toHaveText(wrongPinText);
});

test('a PIN blocked after 10 wrong attempts says how long to wait', async ({ page, request }) => {
  const { citizen } = await citizenWithPin(request);
  // Arrange the 10 consecutive failures that block the PIN.
  await wrongLoginsViaApi(request, citizen.codice_fiscale);

  const login = new LoginPage(page);
  await login.goto();
  await login.login(citizen.codice_fiscale, 'WRONGPINX');
  await expect(login.error).toContainText('bloccato');
  await expect(login.error).toContainText('minut');
  // About 3 minutes of simulated time, in minutes and seconds.
  await expect(login.error).toContainText(/(3 minuti|2 minuti e \d+ second)/);
});

test('wrong PINs say how many attempts are left, and the 10th that it blocked', async ({
  page,
  request,
}) => {
  const { citizen } = await citizenWithPin(request);
  await wrongLoginsViaApi(request, citizen.codice_fiscale, 7);

  const login = new LoginPage(page);
  await login.goto();
  await login.login(citizen.codice_fiscale, 'WRONGPINX');
  await expect(login.error).toContainText('Ti restano 2 tentativi prima del blocco');
  await login.login(citizen.codice_fiscale, 'WRONGPINY');
  await expect(login.error).toContainText('Ti resta 1 tentativo prima del blocco');
  await login.login(citizen.codice_fiscale, 'WRONGPINZ');
  await expect(login.error).toContainText('Il PIN è stato bloccato');
  await expect(login.error).toContainText('3 minuti');
});

test('after the PIN end date every login points to SPID, CIE and CNS', async ({ page, request }) => {
  const { citizen, half1 } = await citizenWithPinHalves(request);
  // The day after the configured end of life (default 2021-09-30), morning in Rome.
  const status = await request.get('/api/v1/sim/status');
  expect(status.status()).toBe(200);
  const end: string = (await status.json()).pin_end_date;
  const dayAfter = new Date(`${end}T08:00:00Z`);
  dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
  await setClock(request, dayAfter.toISOString());

  const login = new LoginPage(page);
  await login.goto();
  await login.login(citizen.codice_fiscale, half1);
  await expect(login.error).toContainText('dismesso');
  for (const way of ['SPID', 'CIE', 'CNS']) await expect(login.error).toContainText(way);
  await expect(page).toHaveURL(/\/accedi$/);
});

test('empty fields are named next to the field, without calling the server', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.submit.click();
  await expect(login.cfError).toHaveText('Inserisci il codice fiscale.');
  await expect(login.cf).toBeFocused();
  await expect(login.cf).toHaveAttribute('aria-invalid', 'true');
  await login.cf.fill('RSSMRA80A01H501U');
  await login.submit.click();
  await expect(login.pinError).toHaveText('Inserisci il PIN.');
  await expect(login.pin).toBeFocused();
  await expect(login.error).toHaveCount(0);
});

test('tabs PIN | SPID | CIE | CNS work with the keyboard alone', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await expect(login.tab('pin')).toHaveAttribute('aria-selected', 'true');
  await login.tab('pin').focus();

  await page.keyboard.press('ArrowRight');
  await expect(login.tab('spid')).toBeFocused();
  await expect(login.tab('spid')).toHaveAttribute('aria-selected', 'true');
  await expect(login.panel('spid')).toBeVisible();
  await expect(login.panel('spid')).toContainText('SPID');
  await expect(login.panel('pin')).toBeHidden();

  await page.keyboard.press('End');
  await expect(login.tab('cns')).toBeFocused();
  await expect(login.panel('cns')).toContainText('Carta Nazionale dei Servizi');

  await page.keyboard.press('ArrowRight'); // wraps around
  await expect(login.tab('pin')).toBeFocused();
  await expect(login.cf).toBeVisible();

  await page.keyboard.press('ArrowLeft');
  await expect(login.tab('cns')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(login.panel('cie')).toContainText('Carta di identità elettronica');
});

test('the login links lead to the options pages, and from there to each procedure', async ({
  page,
}) => {
  const login = new LoginPage(page);
  await login.goto();
  await page.getByRole('link', { name: 'Richiedi e gestisci il tuo PIN' }).click();
  await expect(page).toHaveURL(/\/gestisci-pin$/);
  await expect(page.getByRole('heading', { name: 'VUOI IL PIN DISPOSITIVO?' })).toBeVisible();
  await page.getByRole('link', { name: 'RICHIEDI PIN' }).click();
  await expect(page).toHaveURL(/\/richiedi-pin$/);

  await login.goto();
  await page.getByRole('link', { name: 'Hai smarrito il tuo PIN?' }).click();
  await expect(page).toHaveURL(/\/pin-smarrito$/);
  await page.getByRole('link', { name: 'RIPRISTINA PIN' }).click();
  await expect(page).toHaveURL(/\/ripristina-pin$/);
});

test('MyINPS without a session offers the login', async ({ page }) => {
  const me = new MyInpsPage(page);
  await me.goto();
  await expect(me.notLogged).toBeVisible();
  await me.loginLink.click();
  await expect(page).toHaveURL(/\/accedi$/);
});

test('(f) logout ends the session: MyINPS asks to log in, going back shows no data', async ({ page, request }) => {
  const { citizen, pin } = await citizenWithOrdinaryPin(request);
  await loginWithPin(page, citizen.codice_fiscale, pin);
  const my = new MyInpsPage(page);
  await expect(my.cf).toHaveText(citizen.codice_fiscale);
  await my.logout.click();
  await expect(page).toHaveURL(/\/$/);
  expect((await page.request.get('/api/v1/me')).status()).toBe(401);

  await page.goBack();
  await expect(page).toHaveURL(/\/myinps$/);
  await expect(my.notLogged).toBeVisible();
  await expect(my.cf).toHaveCount(0);
  await expect(page.getByText(citizen.codice_fiscale)).toHaveCount(0);

  await page.goto('/myinps/attivita');
  await expect(new ActivityPage(page).error).toContainText('effettuare di nuovo l\'accesso');
  await page.goto('/myinps/recapiti');
  await expect(new ContactsPage(page).loadError).toBeVisible();
});

test('a codice fiscale typed the instant the login appears is kept (no wipe on start)', async ({
  page,
}) => {
  await page.goto('/accedi', { waitUntil: 'commit' });
  const login = new LoginPage(page);
  await login.cf.pressSequentially('RSSMRA80A01H501U');
  await login.pin.pressSequentially('ABCDEFGH');
  await expect(login.cf).toHaveValue('RSSMRA80A01H501U');
  // Once the page has settled (simulated date shown, nothing in flight),
  // both values are still there and are the ones sent.
  await expect(page.locator('time[data-testid="sim-date"]')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(login.cf).toHaveValue('RSSMRA80A01H501U');
  await expect(login.pin).toHaveValue('ABCDEFGH');
  const answer = page.waitForRequest(
    (r) => r.url().endsWith('/api/v1/session') && r.method() === 'POST',
  );
  await login.submit.click();
  expect((await answer).postDataJSON()).toMatchObject({ codice_fiscale: 'RSSMRA80A01H501U' });
});

test('on a 360 × 640 phone the header is compact: login above the fold, language and menu at hand', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 640 });
  const login = new LoginPage(page);
  await login.goto();
  await expect(login.cf).toBeVisible();
  // The header a citizen sees; the test's simulation-world banner (a
  // trainer's context, not the portal's) is left out of the sum.
  const header = (await page.locator('header.app-header').boundingBox())!.height;
  const banner = page.getByTestId('world-banner');
  const world = (await banner.count()) > 0 ? (await banner.boundingBox())?.height ?? 0 : 0;
  expect(header - world).toBeLessThanOrEqual(640 / 4);
  // The simulation notice stays, on one line.
  await expect(page.getByTestId('sim-notice')).toBeVisible();
  expect((await page.getByTestId('sim-notice').boundingBox())!.height).toBeLessThan(30);
  await expect(login.cf).toBeInViewport();
  // The menu folds behind a button that opens and closes it.
  const menu = page.getByTestId('nav-menu');
  await expect(page.getByTestId('nav-simulator')).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await page.getByTestId('nav-simulator').click();
  await expect(page).toHaveURL(/\/simulatore$/);
  // The link chosen closes it (more in the next test).
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByTestId('nav-simulator')).toBeHidden();
  // The language switcher is reachable without the menu.
  await expect(page.getByTestId('lang-select')).toBeInViewport();
  await page.getByTestId('lang-select').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('on a phone the menu closes when a link is chosen, also the page shown, and on Escape, giving the focus back to its button', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('/');
  const menu = page.getByTestId('nav-menu');
  const home = page.getByTestId('nav-home');
  const myinps = page.getByTestId('nav-myinps');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(myinps).toBeHidden();

  // A link to another page: the page changes and the menu folds away.
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await myinps.click();
  await expect(page).toHaveURL(/\/myinps$/);
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(myinps).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();

  // The link of the page already shown closes it too.
  await menu.click();
  await myinps.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(myinps).toBeHidden();

  // Escape, from a link inside the menu: closed, focus on the button.
  await menu.click();
  await home.focus();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(home).toBeHidden();
  await expect(menu).toBeFocused();
  await expect(page).toHaveURL(/\/myinps$/);

  // Keyboard only: Enter opens it, Tab reaches the first link, Enter follows it.
  await menu.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(home).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/$/);
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
});
