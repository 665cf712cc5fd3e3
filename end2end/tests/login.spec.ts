// Login branches (SPEC §4.5) and the pages around it.
import { expect, test } from '@playwright/test';
import { START, newCitizen, requestPinViaApi, setClock, uniqueContacts } from '../support/api';
import { LoginPage } from '../pages/login';
import { MyInpsPage } from '../pages/myInps';

test.beforeEach(async ({ request }) => {
  await setClock(request, START);
});

test('(6) a wrong PIN gets a clear message that reveals nothing else', async ({ page, request }) => {
  const withPin = await newCitizen(request);
  await requestPinViaApi(request, withPin, uniqueContacts());
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
  const citizen = await newCitizen(request);
  await requestPinViaApi(request, citizen, uniqueContacts());
  // Arrange the 10 consecutive failures that block the PIN.
  for (let i = 0; i < 10; i++) {
    const res = await request.post('/api/v1/session', {
      data: { codice_fiscale: citizen.codice_fiscale, pin: `WRONGPIN${i}` },
    });
    expect([401, 423]).toContain(res.status());
  }

  const login = new LoginPage(page);
  await login.goto();
  await login.login(citizen.codice_fiscale, 'WRONGPINX');
  await expect(login.error).toContainText('bloccato');
  // About 3 minutes of simulated time, in minutes and seconds.
  await expect(login.error).toContainText(/(3 minuti|2 minuti e \d+ second)/);
});

test('empty fields are named next to the field, without calling the server', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.submit.click();
  await expect(page.getByTestId('login-cf-error')).toHaveText('Inserisci il codice fiscale.');
  await expect(login.cf).toBeFocused();
  await expect(login.cf).toHaveAttribute('aria-invalid', 'true');
  await login.cf.fill('RSSMRA80A01H501U');
  await login.submit.click();
  await expect(page.getByTestId('login-pin-error')).toHaveText('Inserisci il PIN.');
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

test('login page links to request and lost-PIN procedures', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.requestLink.click();
  await expect(page).toHaveURL(/\/richiedi-pin$/);
  await login.goto();
  await login.lostLink.click();
  await expect(page).toHaveURL(/\/ripristina-pin$/);
});

test('MyINPS without a session offers the login', async ({ page }) => {
  const me = new MyInpsPage(page);
  await me.goto();
  await expect(me.notLogged).toBeVisible();
  await me.loginLink.click();
  await expect(page).toHaveURL(/\/accedi$/);
});
