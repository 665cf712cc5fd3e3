// Credential lifecycle journeys (issue 4) through the UI, desktop and mobile:
// expiry → change (citizen 6 months, intermediary 3), voluntary change with
// refused PINs, first access with contact verification and privacy notice,
// Attiva PIN, Ripristina PIN, logout, "Le tue attività", "I tuoi recapiti";
// axe on every page and state met on the way. The API only arranges data and
// the clock; each test makes its own citizen and sets the clock.
import { Page, expect, test } from '@playwright/test';
import {
  START,
  ddmmyyyy,
  getClock,
  messages,
  newCitizen,
  requestPinViaApi,
  setClock,
  uniqueContacts,
} from '../support/api';
import { expectNoAxeViolations } from '../support/axe';
import { H1 } from '../support/headings';
import {
  activeCitizen,
  advance,
  itDate,
  letterHalf,
  monthsLater,
  phoneRequestViaApi,
  secretTo,
} from '../support/lifecycle';
import { FirstAccessPage } from '../pages/firstAccess';
import {
  ActivityPage,
  ChangePinPage,
  ContactsPage,
  PrivacyPage,
  ProcedurePage,
  VerifyContactsPage,
  fieldError,
} from '../pages/lifecycle';
import { LoginPage } from '../pages/login';
import { MyInpsPage } from '../pages/myInps';
import { SimulatorPage } from '../pages/simulator';

/** A PIN no rule refuses: letters and digits alternate, so no name part fits. */
const FRESH_PIN = 'K7M2P9Q4';

test.beforeEach(async ({ request }) => {
  await setClock(request, START);
});

async function loginAs(page: Page, cf: string, pin: string): Promise<void> {
  const login = new LoginPage(page);
  await login.goto();
  await login.login(cf, pin);
}

test('(a) an expired PIN leads to the change page, then a new PIN opens MyINPS', async ({ page, request }) => {
  const { citizen, pin } = await activeCitizen(request);
  const changedAt = await getClock(request);
  // One day before the six months the PIN still opens MyINPS …
  await setClock(request, monthsLater(changedAt, 6, -1).toISOString());
  await loginAs(page, citizen.codice_fiscale, pin);
  await expect(page).toHaveURL(/\/myinps$/);
  await new MyInpsPage(page).logout.click();
  await expect(page).toHaveURL(/\/$/);

  // … six months and one day later it has expired.
  await setClock(request, monthsLater(changedAt, 6, 1).toISOString());
  await loginAs(page, citizen.codice_fiscale, pin);
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
  await loginAs(page, citizen.codice_fiscale, pin);
  await expect(new LoginPage(page).error).toContainText('Codice fiscale o PIN non corretti');
  await loginAs(page, citizen.codice_fiscale, FRESH_PIN);
  await expect(page).toHaveURL(/\/myinps$/);
});

test('(a) an intermediary PIN expires after 3 months', async ({ page, request }) => {
  const { citizen, pin } = await activeCitizen(request, { role: 'intermediary' });
  const changedAt = await getClock(request);
  await setClock(request, monthsLater(changedAt, 3, 1).toISOString());
  await loginAs(page, citizen.codice_fiscale, pin);
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
  const { citizen, pin } = await activeCitizen(request);
  const cf = citizen.codice_fiscale;
  await loginAs(page, cf, pin);
  await expect(page).toHaveURL(/\/myinps$/);
  await page.getByTestId('myinps-change-pin').click();
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
  await loginAs(page, cf, FRESH_PIN);
  await expect(page).toHaveURL(/\/myinps$/);
});

test('(c) first access: new PIN, contacts verified with the codes received, privacy notice, home', async ({ page, request }) => {
  const citizen = await newCitizen(request);
  const contacts = uniqueContacts();
  await requestPinViaApi(request, citizen, contacts);
  const half2 = await letterHalf(request, citizen.codice_fiscale);

  // Half 1 from the phone, in the simulator (another tab, as a person would).
  const simTab = await page.context().newPage();
  const sim = new SimulatorPage(simTab);
  await sim.goto();
  await sim.openPhone(contacts.mobile);
  await expect(sim.smsItems).toHaveCount(1);
  const half1 = (await sim.secretIn(sim.smsItems.first()).innerText()).trim();
  expect(half1).toMatch(/^[A-Za-z0-9]{8}$/);

  await loginAs(page, citizen.codice_fiscale, half1 + half2);
  await expect(page).toHaveURL(/\/primo-accesso$/);
  const first = new FirstAccessPage(page);
  const newPin = await first.issueNewPin();
  await first.saved.check();
  await first.next.click();

  await expect(page).toHaveURL(/\/verifica-recapiti$/);
  const verify = new VerifyContactsPage(page);
  await expect(verify.mobileCode).toBeVisible();
  await expect(verify.emailCode).toBeVisible();
  await expectNoAxeViolations(page, '/verifica-recapiti', H1.verifyContacts);

  // A wrong code is named next to its field.
  await verify.mobileCode.fill('000000');
  await verify.emailCode.fill('ZZZZZZZZ');
  await verify.submit.click();
  await expect(fieldError(page, 'codes.mobile')).toBeVisible();
  await expectNoAxeViolations(page, '/verifica-recapiti (errors)', H1.verifyContacts);

  // The SMS code: the newest message on the phone (shown last).
  await sim.openPhone(contacts.mobile);
  const lastSms = sim.smsItems.last();
  await expect(lastSms).toContainText('verifica del cellulare');
  const smsCode = (await sim.secretIn(lastSms).innerText()).trim();
  // The e-mail code: open the message in the mailbox.
  await sim.openMailbox(contacts.email);
  const mail = await sim.openMail('Verifica del recapito');
  const mailCode = (await sim.secretIn(mail).innerText()).trim();
  await simTab.close();

  await verify.mobileCode.fill(smsCode);
  await verify.emailCode.fill(mailCode);
  await verify.submit.click();

  await expect(page).toHaveURL(/\/informativa-privacy$/);
  const privacy = new PrivacyPage(page);
  await expect(privacy.title).toContainText('Informativa');
  await expect(privacy.accept).toBeDisabled();
  await expectNoAxeViolations(page, '/informativa-privacy', H1.privacy);
  await privacy.read.check();
  await privacy.accept.click();
  await expect(page).toHaveURL(/\/myinps$/);
  await expect(new MyInpsPage(page).name).toContainText(citizen.surname, { ignoreCase: true });

  // Next time the new PIN goes straight home: onboarding is done.
  await new MyInpsPage(page).logout.click();
  await expect(page).toHaveURL(/\/$/);
  await loginAs(page, citizen.codice_fiscale, newPin);
  await expect(page).toHaveURL(/\/myinps$/);
});

test('(d) Attiva PIN: a PIN filed by phone works after activation, confirmed by SMS', async ({ page, request }) => {
  const citizen = await newCitizen(request);
  const contacts = uniqueContacts();
  await phoneRequestViaApi(request, citizen, contacts);

  // The operator read half 1 out during the call (simulator, Contact Center calls).
  const sim = new SimulatorPage(page);
  await sim.goto();
  const call = sim.callItems.filter({ hasText: contacts.mobile });
  await expect(call).toHaveCount(1);
  const half1 = (await sim.secretIn(call).innerText()).trim();
  expect(half1).toMatch(/^[A-Za-z0-9]{8}$/);
  const half2 = await letterHalf(request, citizen.codice_fiscale);

  // Before activation the right PIN is refused with a pointer to Attiva PIN.
  await loginAs(page, citizen.codice_fiscale, half1 + half2);
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

  const code = await secretTo(request, contacts.mobile, 'attivare il PIN');
  await act.confirmCode(code);
  await expect(act.done).toContainText('Il PIN è attivo');
  await expectNoAxeViolations(page, '/attiva-pin (done)', H1.activate);

  // The confirmation SMS is on the phone.
  await sim.goto();
  await sim.openPhone(contacts.mobile);
  await expect(sim.smsItems.last()).toContainText('attivato');

  // And the 16 characters now lead to the first access.
  await loginAs(page, citizen.codice_fiscale, half1 + half2);
  await expect(page).toHaveURL(/\/primo-accesso$/);
});

test('(e) Ripristina PIN: code by e-mail, new halves by SMS and e-mail, first access again', async ({ page, request }) => {
  const { citizen, contacts, pin } = await activeCitizen(request);
  const res = new ProcedurePage(page, 'restore');
  await res.goto('/ripristina-pin');
  await expectNoAxeViolations(page, '/ripristina-pin (data)', H1.restore);
  // One contact only is not enough.
  await res.fill({ cf: citizen.codice_fiscale, tsNumber: citizen.tessera_sanitaria.number, mobile: contacts.mobile });
  await res.next.click();
  await expect(fieldError(page, 'contacts.mobile')).toBeVisible();
  await expectNoAxeViolations(page, '/ripristina-pin (errors)', H1.restore);

  await res.field('email').fill(contacts.email);
  await res.next.click();
  await expect(res.summaryOf('email')).toHaveText(contacts.email);
  await expectNoAxeViolations(page, '/ripristina-pin (summary)', H1.restore);
  await res.send.click();
  await expect(res.received).toBeVisible();
  await expectNoAxeViolations(page, '/ripristina-pin (code)', H1.restore);

  const code = await secretTo(request, contacts.email, 'codice provvisorio');
  await res.confirmCode(code);
  await expect(res.done).toContainText('Ripristino completato');
  await expectNoAxeViolations(page, '/ripristina-pin (done)', H1.restore);

  const half1 = await secretTo(request, contacts.mobile, 'prima parte del nuovo PIN');
  const half2 = await secretTo(request, contacts.email, 'seconda parte del nuovo PIN');
  // The old PIN is gone; the new 16 characters lead to the first access.
  await loginAs(page, citizen.codice_fiscale, pin);
  await expect(new LoginPage(page).error).toContainText('Codice fiscale o PIN non corretti');
  await loginAs(page, citizen.codice_fiscale, half1 + half2);
  await expect(page).toHaveURL(/\/primo-accesso$/);
});

test('(e) Ripristina a never-used PIN: the owner is told by e-mail to use Revoca', async ({ page, request }) => {
  const citizen = await newCitizen(request);
  const contacts = uniqueContacts();
  await requestPinViaApi(request, citizen, contacts);
  const res = new ProcedurePage(page, 'restore');
  await res.goto('/ripristina-pin');
  await res.fillAndSend({
    cf: citizen.codice_fiscale,
    tsNumber: citizen.tessera_sanitaria.number,
    mobile: contacts.mobile,
    email: contacts.email,
  });
  // The page says the same as for anybody (nothing about the CF) …
  await expect(res.received).toContainText('Richiesta di ripristino ricevuta');
  // … the owner's mailbox says to use Revoca.
  const sim = new SimulatorPage(page);
  await sim.goto();
  await sim.openMailbox(contacts.email);
  const mail = await sim.openMail('Ripristino del PIN non possibile');
  await expect(mail).toContainText('Revoca PIN');
});

test('(f) logout ends the session: MyINPS asks to log in, going back shows no data', async ({ page, request }) => {
  const { citizen, pin } = await activeCitizen(request);
  await loginAs(page, citizen.codice_fiscale, pin);
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
  await expect(page.getByTestId('activity-error')).toContainText('effettuare di nuovo l\'accesso');
  await page.goto('/myinps/recapiti');
  await expect(page.getByTestId('contacts-load-error')).toBeVisible();
});

test('(g) "Le tue attività" lists change, block and access with time, event and channel', async ({ page, request }) => {
  const { citizen, pin } = await activeCitizen(request);
  // Arrange a block: ten wrong PINs, then the three minutes pass.
  for (let i = 0; i < 10; i++) {
    await request.post('/api/v1/session', {
      data: { codice_fiscale: citizen.codice_fiscale, pin: 'WRONG123' },
    });
  }
  await advance(request, 181);
  await loginAs(page, citizen.codice_fiscale, pin);
  await expect(page).toHaveURL(/\/myinps$/);
  await page.getByTestId('myinps-change-pin').click();
  const change = new ChangePinPage(page);
  await change.change(pin, FRESH_PIN);
  await expect(change.done).toBeVisible();
  await change.continue.click();
  await expect(page).toHaveURL(/\/myinps$/);

  await page.getByTestId('myinps-activity').click();
  await expect(page).toHaveURL(/\/myinps\/attivita$/);
  const act = new ActivityPage(page);
  await expect(act.rows.first()).toHaveAttribute('data-kind', 'pin_changed');
  const changed = act.row('pin_changed');
  await expect(changed).toContainText('PIN modificato');
  await expect(changed).toContainText('SMS');
  await expect(changed).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  const locked = act.row('pin_locked');
  await expect(locked).toContainText('bloccato');
  await expect(locked).toContainText('+39333****');
  await expect(act.row('login').first()).toBeVisible();
  await expect(act.row('first_access')).toHaveCount(1);
  await expectNoAxeViolations(page, '/myinps/attivita', H1.activity);
});

test('"I tuoi recapiti": wrong contacts are named, new ones are verified by codes, the old ones told', async ({ page, request }) => {
  const { citizen, contacts, pin } = await activeCitizen(request);
  await loginAs(page, citizen.codice_fiscale, pin);
  await page.getByTestId('myinps-contacts').click();
  await expect(page).toHaveURL(/\/myinps\/recapiti$/);
  const form = new ContactsPage(page);
  await expect(form.mobile).toHaveValue(contacts.mobile);
  await expect(form.email).toHaveValue(contacts.email);
  await expectNoAxeViolations(page, '/myinps/recapiti', H1.contacts);

  // No e-mail nor PEC, and a mobile without prefix.
  await form.email.fill('');
  await form.mobile.fill('3331234');
  await form.submit.click();
  await expect(fieldError(page, 'contacts.email')).toBeVisible();
  await expect(fieldError(page, 'contacts.mobile')).toBeVisible();
  await expectNoAxeViolations(page, '/myinps/recapiti (errors)', H1.contacts);

  const fresh = uniqueContacts();
  await form.mobile.fill(fresh.mobile);
  await form.email.fill(fresh.email);
  await form.submit.click();
  await expect(page).toHaveURL(/\/verifica-recapiti\?motivo=recapiti$/);
  const verify = new VerifyContactsPage(page);
  await expect(verify.afterChange).toBeVisible();
  await verify.mobileCode.fill(await secretTo(request, fresh.mobile, 'verifica'));
  await verify.emailCode.fill(await secretTo(request, fresh.email, 'Verifica'));
  await verify.submit.click();
  await expect(page).toHaveURL(/\/myinps$/);

  // The old mobile got the notice of the change (SMS), the new one did not.
  const old = await messages(request, contacts.mobile);
  expect((await messages(request, fresh.mobile)).some((m) => m.body.includes('sono stati modificati'))).toBe(false);
  expect(old.some((m) => m.body.includes('recapiti personali associati al suo PIN sono stati modificati'))).toBe(true);
  await page.getByTestId('myinps-activity').click();
  await expect(new ActivityPage(page).row('contacts_changed')).toContainText('Recapiti personali modificati');
});
