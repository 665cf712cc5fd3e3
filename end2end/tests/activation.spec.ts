// Attiva PIN (issue 4) through the UI: a PIN filed by phone is refused
// until activated with the first half and the tessera sanitaria, confirmed
// by a code by SMS; then the 16 characters lead to the first access.
import { expect, test } from '../support/fixtures';
import { letterHalf, secretFor } from '../support/api';
import { citizenWithPin, clockAtStartBeforeEach, loginWithPin } from '../support/arrange';
import { expectNoAxeViolations } from '../support/axe';
import { ddmmyyyy } from '../support/dates';
import { H1 } from '../support/headings';
import { ProcedurePage, fieldError } from '../pages/lifecycle';
import { LoginPage } from '../pages/login';
import { SimulatorPage } from '../pages/simulator';

clockAtStartBeforeEach();

test('(d) Attiva PIN: a PIN filed by phone works after activation, confirmed by SMS', async ({ page, request }) => {
  const { citizen, contacts } = await citizenWithPin(request, { byPhone: true });

  // The operator read half 1 out during the call (simulator, Contact Center calls).
  const sim = new SimulatorPage(page);
  await sim.goto();
  const call = sim.callItems.filter({ hasText: contacts.mobile });
  await expect(call).toHaveCount(1);
  const half1 = (await sim.secretIn(call).innerText()).trim();
  expect(half1).toMatch(/^[A-Za-z0-9]{8}$/);
  const half2 = await letterHalf(request, citizen.codice_fiscale);

  // Before activation the right PIN is refused with a pointer to Attiva PIN.
  await loginWithPin(page, citizen.codice_fiscale, half1 + half2);
  await expect(new LoginPage(page).error).toContainText('Attiva PIN');

  const act = new ProcedurePage(page, 'activate');
  await act.goto('/attiva-pin');
  await expectNoAxeViolations(page, '/attiva-pin (data)', H1.activate);
  // Nothing typed: each missing datum is named next to its field.
  await act.next.click();
  await expect(fieldError(page, 'codice_fiscale')).toBeVisible();
  await expect(fieldError(page, 'tessera_sanitaria_number')).toBeVisible();
  await expect(fieldError(page, 'first_half')).toBeVisible();
  await expect(fieldError(page, 'contacts.mobile')).toBeVisible();
  await expect(act.summary).toHaveCount(0);
  await expectNoAxeViolations(page, '/attiva-pin (errors)', H1.activate);

  const data = {
    cf: citizen.codice_fiscale,
    tsNumber: citizen.tessera_sanitaria.number,
    tsExpiry: ddmmyyyy(citizen.tessera_sanitaria.expiry),
    firstHalf: half1,
    mobile: contacts.mobile,
    email: contacts.email,
  };
  await act.fill(data);
  await act.next.click();
  // The summary shows what will be sent; "Indietro" keeps every field.
  await expect(act.summaryOf('cf')).toHaveText(citizen.codice_fiscale);
  await expect(act.summaryOf('ts-number')).toHaveText(citizen.tessera_sanitaria.number);
  await expect(act.summaryOf('first-half')).toHaveText(half1);
  await expect(act.summaryOf('mobile')).toHaveText(contacts.mobile);
  await expectNoAxeViolations(page, '/attiva-pin (summary)', H1.activate);
  await act.summaryBack.click();
  await expect(act.field('cf')).toHaveValue(citizen.codice_fiscale);
  await expect(act.field('first-half')).toHaveValue(half1);
  await expect(act.field('email')).toHaveValue(contacts.email);
  await act.next.click();
  await act.send.click();
  await expect(act.received).toContainText('SMS');
  await expectNoAxeViolations(page, '/attiva-pin (code)', H1.activate);

  const code = await secretFor(request, contacts.mobile, 'attivare il PIN');
  await act.confirmCode(code);
  await expect(act.done).toContainText('Il PIN è attivo');
  await expectNoAxeViolations(page, '/attiva-pin (done)', H1.activate);

  // The confirmation SMS is on the phone.
  await sim.goto();
  await sim.openPhone(contacts.mobile);
  await expect(sim.smsItems.last()).toContainText('attivato');

  // And the 16 characters now lead to the first access.
  await loginWithPin(page, citizen.codice_fiscale, half1 + half2);
  await expect(page).toHaveURL(/\/primo-accesso$/);
});
