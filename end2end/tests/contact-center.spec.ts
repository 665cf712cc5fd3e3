// The contact center's console (issue 13), with the operator in a browser
// of their own: a PIN request filed by phone → Attiva PIN → first access; a
// residence that does not match the archives → callback (no answer, then the
// corrected address) → the letter at the corrected address → first access;
// half 1 sent again once 12 hours have passed; the audit; a support request
// filed on /supporto-tecnico worked to its reply; axe on every page.
import { APIRequestContext } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { START, advance, letterHalf, messages, newCitizen, secretFor, setClock, uniqueContacts } from '../support/api';
import type { Citizen, Contacts } from '../support/api';
import { clockAtStartBeforeEach, loginWithPin } from '../support/arrange';
import { expectNoAxeViolations } from '../support/axe';
import { FirstAccessPage } from '../pages/firstAccess';
import { SimulatorPage } from '../pages/simulator';
import { asContactCenter } from '../pages/contactCenter';
import { asSede } from '../pages/sede';

const H1_CONSOLE = 'Contact Center INPS';
const H1_AUDIT = 'Registro delle operazioni degli operatori';

clockAtStartBeforeEach();

/** A PIN request for `citizen` online, through the API (the citizen's own). */
async function requestOnline(
  request: APIRequestContext,
  citizen: Citizen,
  contacts: Contacts,
  residence = citizen.residence,
): Promise<string> {
  const res = await request.post('/api/v1/pin-requests', {
    data: {
      codice_fiscale: citizen.codice_fiscale,
      residence_type: 'italia',
      personal: {
        surname: citizen.surname,
        name: citizen.name,
        birth_date: citizen.birth_date,
        sex: citizen.sex,
        birthplace_code: citizen.birthplace_code,
      },
      residence,
      contacts: {
        home_phone: null,
        mobile: contacts.mobile,
        email: contacts.email,
        pec: null,
        preferred_phone: 'mobile',
        preferred_time: '13-18',
      },
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).request_id;
}

/** The 16 characters lead to the first access, which gives a new PIN. */
async function firstAccess(page: import('@playwright/test').Page, cf: string, pin16: string): Promise<void> {
  await loginWithPin(page, cf, pin16);
  await expect(page).toHaveURL(/\/primo-accesso$/);
  const newPin = await new FirstAccessPage(page).issueNewPin();
  expect(newPin).toMatch(/^[A-Za-z0-9]{8}$/);
}

test('phone request: the operator files it, the citizen activates the PIN and makes the first access', async ({
  page,
  request,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const citizen = await newCitizen(request);
  const contacts = uniqueContacts();

  await asContactCenter(browser, testInfo, async (cc) => {
    await expectNoAxeViolations(cc.page, '/contact-center (search)', H1_CONSOLE);
    await cc.tab('request');
    await expectNoAxeViolations(cc.page, '/contact-center/richiesta', H1_CONSOLE);
    // A wrong datum: the online form's own message, nothing filed.
    await cc.fileRequest({
      cf: citizen.codice_fiscale,
      surname: citizen.surname,
      name: 'Nome Diverso',
      birthDate: citizen.birth_date,
      sex: citizen.sex,
      birthplace: citizen.birthplace_code,
      residence: citizen.residence,
      mobile: contacts.mobile,
      email: contacts.email,
    });
    await expect(cc.field('cc-req-error')).toBeVisible();
    await expect(cc.field('cc-req-error').locator('[data-field="personal.name"]')).toHaveCount(1);
    await expectNoAxeViolations(cc.page, '/contact-center/richiesta (errors)', H1_CONSOLE);
    await cc.field('cc-req-name').fill(citizen.name);
    await cc.field('cc-req-submit').click();
    await expect(cc.requestDone).toContainText('registrata');
    await expect(cc.requestDone).toContainText('spedita per posta');
    await expectNoAxeViolations(cc.page, '/contact-center/richiesta (done)', H1_CONSOLE);

    await cc.tab('search');
    const file = await cc.search(citizen.codice_fiscale);
    await expect(cc.field('cc-file-activation')).toHaveText('Sì');
    await expect(cc.field('cc-file-mobile')).toHaveText(contacts.mobile);
    await expect(file.getByTestId('cc-event').first()).toContainText('Richiesta PIN registrata dal Contact Center');
    await expectNoAxeViolations(cc.page, '/contact-center (file)', H1_CONSOLE);

    // The PEC is missing: added once the citizen reads out the code sent to it.
    const pec = `pec.${contacts.email}`;
    await cc.field('cc-add-kind').selectOption('pec');
    await cc.field('cc-add-value').fill(pec);
    await cc.field('cc-add-send').click();
    await expect(cc.field('cc-add-sent')).toBeVisible();
    const code = await secretFor(request, pec, 'Codice di verifica');
    await cc.field('cc-add-code').fill(code);
    await cc.field('cc-add-confirm').click();
    await expect(cc.field('cc-add-done')).toContainText('registrato');
    await expectNoAxeViolations(cc.page, '/contact-center (contact added)', H1_CONSOLE);
  });

  // Half 1 came with the call; the citizen activates the PIN (Attiva PIN,
  // walked through the UI in activation.spec.ts).
  const half1 = await secretFor(request, contacts.mobile, 'Contact Center');
  const act = await request.post('/api/v1/pin/activate', {
    data: {
      codice_fiscale: citizen.codice_fiscale,
      tessera_sanitaria_number: citizen.tessera_sanitaria.number,
      tessera_sanitaria_expiry: citizen.tessera_sanitaria.expiry,
      first_half: half1,
      contacts: { mobile: contacts.mobile, email: contacts.email },
    },
  });
  expect(act.status(), await act.text()).toBe(202);
  const code = await secretFor(request, contacts.mobile, 'attivare il PIN');
  const done = await request.post('/api/v1/pin/activate/confirm', {
    data: { codice_fiscale: citizen.codice_fiscale, code },
  });
  expect(done.status(), await done.text()).toBe(200);
  const half2 = await letterHalf(request, citizen.codice_fiscale);
  await firstAccess(page, citizen.codice_fiscale, half1 + half2);
});

test('residence mismatch: no answer, then the corrected address gets the letter, then the first access', async ({
  page,
  request,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const citizen = await newCitizen(request);
  const contacts = uniqueContacts();
  const id = await requestOnline(request, citizen, contacts, { ...citizen.residence, civic: '999B' });

  await asContactCenter(browser, testInfo, async (cc) => {
    await cc.tab('callbacks');
    const item = cc.callback(id);
    await expect(item).toContainText(contacts.mobile);
    await expect(item).toContainText('dalle 13 alle 18');
    await expect(item).toContainText('999B');
    await expectNoAxeViolations(cc.page, '/contact-center/richiamate', H1_CONSOLE);
    await cc.field(`cc-cb-noanswer-${id}`).click();
    await expect(cc.callbackDone).toContainText('Da richiamare');
    await expect(item.locator('dd').nth(2)).toHaveText('1');
    await cc.field(`cc-cb-correct-${id}`).click();
    await cc.field('cc-cb-address').fill('Via Garibaldi');
    await cc.field('cc-cb-civic').fill('7');
    await cc.field('cc-cb-province').fill('RM');
    await cc.field('cc-cb-comune').fill('Roma');
    await cc.field('cc-cb-cap').fill('00153');
    await expectNoAxeViolations(cc.page, '/contact-center/richiamate (correction)', H1_CONSOLE);
    await cc.field('cc-cb-save').click();
    await expect(cc.callbackDone).toContainText('Indirizzo corretto');
    await expect(item).toHaveAttribute('data-status', 'corrected');
  });

  // The citizen's phone shows both calls.
  const sim = new SimulatorPage(page);
  await sim.goto();
  await sim.openPhone(contacts.mobile);
  await expect(sim.page.getByTestId('sim-phone')).toContainText('Chiamata senza risposta');
  await expect(sim.page.getByTestId('sim-phone')).toContainText('Indirizzo di residenza verificato');

  const half1 = await secretFor(request, contacts.mobile, 'prima parte');
  const half2 = await letterHalf(request, citizen.codice_fiscale);
  const letter = (await messages(request, citizen.codice_fiscale))[0];
  expect(letter.body).toContain('VIA GARIBALDI 7\n00153 ROMA (RM)');
  await firstAccess(page, citizen.codice_fiscale, half1 + half2);
});

test('half 1 resent: refused within 12 hours, sent once they have passed, recorded in the audit', async ({
  request,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  await setClock(request, START);
  const citizen = await newCitizen(request);
  const contacts = uniqueContacts();
  await requestOnline(request, citizen, contacts);
  const half1 = await secretFor(request, contacts.mobile, 'prima parte');

  await asContactCenter(browser, testInfo, async (cc) => {
    await cc.tab('resend');
    await expectNoAxeViolations(cc.page, '/contact-center/prima-parte', H1_CONSOLE);
    await cc.resend(citizen.codice_fiscale);
    await expect(cc.resendError).toContainText('12 ore');
    await expectNoAxeViolations(cc.page, '/contact-center/prima-parte (too early)', H1_CONSOLE);
  });

  await advance(request, 12 * 3600);
  // A new shift: the operator logs in again.
  await asContactCenter(browser, testInfo, async (cc) => {
    await cc.tab('resend');
    await cc.resend(citizen.codice_fiscale);
    await expect(cc.resendDone).toContainText('Invii ancora possibili: 2');
    await expectNoAxeViolations(cc.page, '/contact-center/prima-parte (sent)', H1_CONSOLE);

    await cc.tab('audit');
    await cc.field('cc-audit-cf').fill(citizen.codice_fiscale);
    await cc.field('cc-audit-submit').click();
    await expect(cc.auditRows).toHaveCount(1);
    await expect(cc.auditRows.first()).toHaveAttribute('data-action', 'half1_resend');
    await expect(cc.auditRows.first()).toContainText('contactcenter');
    await expectNoAxeViolations(cc.page, '/operatori/registro', H1_AUDIT);
  });

  const sms = (await messages(request, contacts.mobile)).filter((m) => m.body.includes('nuovo invio'));
  expect(sms).toHaveLength(1);
  expect(sms[0].secret).toBe(half1);
});

test('phone request form: the identity check and the online rules, each error next to its field', async ({
  browser,
}, testInfo) => {
  await asContactCenter(browser, testInfo, async (cc) => {
    await cc.tab('request');
    // Sent empty: nothing is filed, every missing datum is named beside its field.
    await cc.field('cc-req-submit').click();
    await expect(cc.field('cc-req-error')).toBeVisible();
    for (const path of ['identity.holder', 'identity.data', 'codice_fiscale', 'personal.surname', 'residence.cap']) {
      await expect(cc.page.getByTestId(`field-error-${path}`), path).toBeVisible();
    }
    await expect(cc.field('cc-req-id-holder')).toHaveAttribute('aria-invalid', 'true');
    await expect(cc.field('cc-req-done')).toHaveCount(0);
    await expectNoAxeViolations(cc.page, '/contact-center/richiesta (empty)', H1_CONSOLE);

    // Confirming the identity clears its errors; a residence abroad asks for state and city.
    await cc.tick('cc-req-id-holder');
    await cc.tick('cc-req-id-data');
    await cc.field('cc-req-residence-type').selectOption('estero');
    await expect(cc.field('cc-req-civic')).toHaveCount(0);
    await expect(cc.field('cc-req-country')).toBeVisible();
    await cc.field('cc-req-home-phone').fill('0612345678');
    await cc.field('cc-req-submit').click();
    await expect(cc.page.getByTestId('field-error-identity.holder')).toHaveCount(0);
    await expect(cc.page.getByTestId('field-error-residence.country_code')).toBeVisible();
    await expect(cc.page.getByTestId('field-error-residence.city')).toBeVisible();
    await expect(cc.page.getByTestId('field-error-contacts.home_phone')).toBeVisible();
    await expectNoAxeViolations(cc.page, '/contact-center/richiesta (abroad, errors)', H1_CONSOLE);
  });
});

test('operator consoles: without a session the way to the login, another role is refused, the audit is shared', async ({
  page,
  browser,
}, testInfo) => {
  // No operator session: each console points to the operators' login.
  await page.goto('/contact-center');
  await expect(page.getByTestId('cc-login-needed')).toBeVisible();
  await expectNoAxeViolations(page, '/contact-center (no session)', H1_CONSOLE);
  await page.goto('/sede');
  await expect(page.getByTestId('sede-login-needed')).toBeVisible();
  await expectNoAxeViolations(page, '/sede (no session)', 'Sede INPS - Sportello');

  await asContactCenter(browser, testInfo, async (cc) => {
    // The sede's console is not the contact center's.
    await cc.page.goto('/sede');
    await expect(cc.page.getByTestId('sede-forbidden')).toBeVisible();
    await expect(cc.page.getByTestId('sede-nav-issue')).toHaveCount(0);
    await expectNoAxeViolations(cc.page, '/sede (contact center operator)', 'Sede INPS - Sportello');
  });
  await asSede(browser, testInfo, async (sede) => {
    // The audit is every operator's; the contact center's other tabs are not.
    await sede.page.goto('/operatori/registro');
    await expect(sede.page.getByTestId('cc-nav-audit')).toBeVisible();
    await expect(sede.page.getByTestId('cc-nav-search')).toHaveCount(0);
    await expectNoAxeViolations(sede.page, '/operatori/registro (sede operator)', H1_AUDIT);
    await sede.page.goto('/contact-center');
    await expect(sede.page.getByTestId('cc-forbidden')).toBeVisible();
    await expectNoAxeViolations(sede.page, '/contact-center (sede operator)', H1_CONSOLE);
  });
});

test('support request: filed on /supporto-tecnico, taken and closed by the operator, the reply in the mailbox', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  // The citizen files a request with the form.
  const email = `assistenza.${Date.now()}@example.it`;
  const text = 'Sono passate 12 ore e non mi è arrivato l\'SMS con la prima parte.';
  await page.goto('/supporto-tecnico');
  await page.getByTestId('support-name').fill('Rossi Mario');
  await page.getByTestId('support-email').fill(email);
  await page.getByTestId('support-cf').fill('RSSMRA80A01H501U');
  await page.getByTestId('support-topic').selectOption('half1_missing');
  await page.getByTestId('support-message').fill(text);
  await page.getByTestId('support-submit').click();
  const filed = page.getByTestId('support-done');
  await expect(filed).toContainText(/AS-[0-9A-F]{8}/);
  const id = (await filed.innerText()).match(/AS-[0-9A-F]{8}/)![0];

  const reply = 'Le abbiamo inviato di nuovo la prima parte del PIN al cellulare indicato.';
  await asContactCenter(browser, testInfo, async (cc) => {
    await cc.field('cc-nav-support').click();
    await expect(cc.field('cc-nav-support')).toHaveAttribute('aria-current', 'page');
    const item = cc.field(`cc-sr-${id}`);
    await expect(item).toHaveAttribute('data-status', 'open');
    await expect(item).toContainText(text);
    await expect(item).toContainText(email);
    await expect(item).toContainText('Non ho ricevuto la prima parte del PIN');
    await expectNoAxeViolations(cc.page, '/contact-center/assistenza', H1_CONSOLE);

    await cc.field(`cc-sr-take-${id}`).click();
    await expect(item).toHaveAttribute('data-status', 'in_progress');
    await expect(item).toContainText('contactcenter');
    await expect(cc.field(`cc-sr-take-${id}`)).toHaveCount(0);

    // A reply too short: said next to the field, which keeps the focus.
    await cc.field(`cc-sr-close-${id}`).click();
    await cc.field('cc-sr-reply').fill('Fatto.');
    await cc.field('cc-sr-send').click();
    await expect(cc.field('cc-sr-reply-error')).toHaveText('Scrivere una risposta di almeno 10 caratteri');
    await expect(cc.field('cc-sr-reply')).toBeFocused();
    await expect(cc.field('cc-sr-reply')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(cc.page, '/contact-center/assistenza (reply error)', H1_CONSOLE);

    await cc.field('cc-sr-reply').fill(reply);
    await expect(cc.field('cc-sr-reply-error')).toHaveCount(0);
    await cc.field('cc-sr-send').click();
    await expect(cc.field('cc-sr-done')).toContainText(`${id}: Chiusa`);
    await expect(item).toHaveAttribute('data-status', 'closed');
    await expect(item).toContainText(reply);
    await expect(cc.field(`cc-sr-close-${id}`)).toHaveCount(0);

    // By status: among the closed ones, not among the open ones.
    await cc.field('cc-sr-status').selectOption('closed');
    await expect(item).toBeVisible();
    await cc.field('cc-sr-status').selectOption('open');
    await expect(cc.field('cc-support-empty')).toBeVisible();
    await expectNoAxeViolations(cc.page, '/contact-center/assistenza (open, none)', H1_CONSOLE);
  });

  // The reply reached the citizen's mailbox in the simulator.
  const sim = new SimulatorPage(page);
  await sim.goto();
  await sim.openMailbox(email);
  const mail = await sim.openMail(`Risposta alla richiesta di assistenza ${id}`);
  await expect(mail).toContainText(reply);
  await expect(mail).toContainText('Gentile Rossi Mario');
});
