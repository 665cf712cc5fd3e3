// Cambia PIN (issue 4) through the UI: an expired PIN leads to the change
// (citizen after 6 months, intermediary after 3), and a voluntary change
// names each refused PIN next to the field. The API only arranges the
// citizen and the clock.
import { expect, test } from '../support/fixtures';
import { getClock, setClock } from '../support/api';
import { citizenWithOrdinaryPin, clockAtStartBeforeEach, loginWithPin } from '../support/arrange';
import { expectNoAxeViolations } from '../support/axe';
import { FRESH_PIN } from '../support/data';
import { itDate, monthsLater } from '../support/dates';
import { H1 } from '../support/headings';
import { ChangePinPage, fieldError } from '../pages/lifecycle';
import { LoginPage } from '../pages/login';
import { MyInpsPage } from '../pages/myInps';

clockAtStartBeforeEach();

test('(a) an expired PIN leads to the change page, then a new PIN opens MyINPS', async ({ page, request }) => {
  const { citizen, pin } = await citizenWithOrdinaryPin(request);
  const changedAt = await getClock(request);
  // One day before the six months the PIN still opens MyINPS …
  await setClock(request, monthsLater(changedAt, 6, -1).toISOString());
  await loginWithPin(page, citizen.codice_fiscale, pin);
  await expect(page).toHaveURL(/\/myinps$/);
  await new MyInpsPage(page).logout.click();
  await expect(page).toHaveURL(/\/$/);

  // … six months and one day later it has expired.
  await setClock(request, monthsLater(changedAt, 6, 1).toISOString());
  await loginWithPin(page, citizen.codice_fiscale, pin);
  await expect(page).toHaveURL(/\/cambia-pin\?motivo=scadenza$/);
  const change = new ChangePinPage(page);
  await expect(change.expired).toContainText('Il PIN è scaduto');
  await expectNoAxeViolations(page, '/cambia-pin (expired)', H1.changePin);
  // Only the change is open meanwhile.
  const me = await page.request.get('/api/v1/services');
  expect(me.status()).toBe(403);

  await change.change(pin, FRESH_PIN);
  const now = await getClock(request);
  await expect(change.done).toContainText(`scade il ${itDate(monthsLater(now, 6))}`);
  await change.continue.click();
  await expect(page).toHaveURL(/\/myinps$/);
  const my = new MyInpsPage(page);
  await expect(my.expiry).toHaveText(itDate(monthsLater(now, 6)));
  await my.logout.click();
  await expect(page).toHaveURL(/\/$/);

  // The old PIN no longer works; the new one does.
  await loginWithPin(page, citizen.codice_fiscale, pin);
  await expect(new LoginPage(page).error).toContainText('Codice fiscale o PIN non corretti');
  await loginWithPin(page, citizen.codice_fiscale, FRESH_PIN);
  await expect(page).toHaveURL(/\/myinps$/);
});

test('(a) an intermediary PIN expires after 3 months', async ({ page, request }) => {
  const { citizen, pin } = await citizenWithOrdinaryPin(request, { role: 'intermediary' });
  const changedAt = await getClock(request);
  await setClock(request, monthsLater(changedAt, 3, 1).toISOString());
  await loginWithPin(page, citizen.codice_fiscale, pin);
  await expect(page).toHaveURL(/\/cambia-pin\?motivo=scadenza$/);
  const change = new ChangePinPage(page);
  await expect(change.expired).toBeVisible();
  await change.change(pin, FRESH_PIN);
  const now = await getClock(request);
  // The new PIN of an intermediary again lasts three months.
  await expect(change.done).toContainText(`scade il ${itDate(monthsLater(now, 3))}`);
  await change.continue.click();
  await expect(new MyInpsPage(page).expiry).toHaveText(itDate(monthsLater(now, 3)));
});

test('(b) voluntary change: each refused PIN is named next to the field, then the new PIN works', async ({ page, request }) => {
  const { citizen, pin } = await citizenWithOrdinaryPin(request);
  const cf = citizen.codice_fiscale;
  await loginWithPin(page, cf, pin);
  await expect(page).toHaveURL(/\/myinps$/);
  await new MyInpsPage(page).changePinLink.click();
  await expect(page).toHaveURL(/\/cambia-pin$/);
  const change = new ChangePinPage(page);
  await expect(change.title).toBeVisible();
  await expect(change.expired).toHaveCount(0);
  await expectNoAxeViolations(page, '/cambia-pin (voluntary)', H1.changePin);

  // Contains the surname block of the codice fiscale.
  const personal = `${cf.slice(0, 3)}12345`;
  await change.change(pin, personal);
  await expect(fieldError(page, 'new_pin')).toContainText('parti del codice fiscale, del nome o del cognome');
  await expect(change.error).toBeVisible();
  await expect(change.newPin).toHaveValue(personal);
  await expectNoAxeViolations(page, '/cambia-pin (errors)', H1.changePin);

  // Letters only, and a confirmation that differs.
  await change.change(pin, 'ABCDEFGH', 'ABCDEFGX');
  await expect(fieldError(page, 'new_pin')).toContainText('sia lettere sia cifre');
  await expect(fieldError(page, 'confirm_pin')).toContainText('non coincidono');

  // A wrong current PIN.
  await change.change('ZZ99ZZ99', FRESH_PIN);
  await expect(fieldError(page, 'current_pin')).toContainText('non è corretto');
  await expect(fieldError(page, 'new_pin')).toHaveCount(0);

  // The PIN in use now is one of the last five.
  await change.change(pin, pin);
  await expect(fieldError(page, 'new_pin')).toContainText('ultimi 5');

  // An accepted one.
  await change.change(pin, FRESH_PIN);
  await expect(change.done).toContainText('PIN modificato correttamente');
  await change.continue.click();
  await expect(page).toHaveURL(/\/myinps$/);
  await new MyInpsPage(page).logout.click();
  await expect(page).toHaveURL(/\/$/);
  await loginWithPin(page, cf, FRESH_PIN);
  await expect(page).toHaveURL(/\/myinps$/);
});
