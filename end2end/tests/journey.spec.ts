// (1) The whole journey of a citizen, through the UI only: request a PIN,
// read half 1 on the phone and half 2 in the letterbox, first access, note
// the new PIN, verify the contacts, accept the privacy notice, MyINPS,
// logout, and the old 16 characters no longer work. It runs in both
// topologies: the SPA served by our server, and the SPA on a plain static
// host with the API on another origin (projects static-desktop/-mobile).
import { START, setClock } from '../support/api';
import { requestFormData } from '../support/arrange';
import { expect, test } from '../support/fixtures';
import { sixMonthsAfter } from '../support/dates';
import { HomePage } from '../pages/home';
import { FirstAccessPage } from '../pages/firstAccess';
import { LoginPage } from '../pages/login';
import { MyInpsPage } from '../pages/myInps';
import { PrivacyPage, VerifyContactsPage } from '../pages/lifecycle';
import { RequestPage } from '../pages/request';
import { SimulatorPage } from '../pages/simulator';

test.beforeEach(async ({ api }) => {
  await setClock(api, START);
});

test('request, split delivery, first access, MyINPS, logout, new PIN', async ({ page, api }) => {
  const { citizen, contacts, data } = await requestFormData(api);
  const cf = citizen.codice_fiscale;

  // Request the PIN with the registry data.
  const req = new RequestPage(page);
  await req.goto();
  await req.requestPin(cf, data);
  await expect(req.outcome).toHaveAttribute('data-status', 'issued');

  // Half 1 arrives at once by SMS; half 2 is still on its way.
  const sim = new SimulatorPage(page);
  await sim.goto();
  await sim.openPhone(contacts.mobile);
  await expect(sim.smsItems).toHaveCount(1);
  const half1 = (await sim.secretIn(sim.smsItems.first()).innerText()).trim();
  expect(half1).toMatch(/^[A-Za-z0-9]{8}$/);

  await sim.openLetterbox(cf);
  await expect(sim.pendingLetters).toHaveCount(1);
  await expect(sim.pendingLetters.first()).toContainText('In consegna');
  await expect(sim.letters).toHaveCount(0);

  // The letter takes days (the post delay is at most 20 simulated days):
  // three weeks on the clock, and it is in the letterbox. (Counting letters
  // right after each click would read the letterbox before it refetched.)
  for (let week = 1; week <= 3; week++) await sim.advanceOneWeek();
  await expect(sim.letters).toHaveCount(1);
  await expect(sim.pendingLetters).toHaveCount(0);
  const letter = sim.letters.first();
  await expect(letter).toContainText('INPS');
  await expect(letter).toContainText(citizen.surname.toUpperCase());
  const half2 = (await sim.secretIn(letter).innerText()).trim();
  expect(half2).toMatch(/^[A-Za-z0-9]{8}$/);

  // First access with CF + the 16 characters.
  const login = new LoginPage(page);
  await login.goto();
  await login.login(cf.toLowerCase(), half1 + half2);
  await expect(page).toHaveURL(/\/primo-accesso$/);
  // The header's simulated date, once the clock has answered.
  const simDate = new HomePage(page).simDate;
  await expect(simDate).toHaveText(/^\d{2}\/\d{2}\/\d{4}/);
  const today = await simDate.innerText();

  const first = new FirstAccessPage(page);
  const newPin = await first.issueNewPin();
  expect(newPin).toMatch(/^[A-Za-z0-9]{8}$/);
  // "Avanti" only once the citizen confirms having noted the PIN.
  await expect(first.next).toBeDisabled();
  await first.saved.check();
  await expect(first.next).toBeEnabled();
  await first.next.click();

  // Verify the contacts given in the request: one code to each, read in the
  // simulator's inboxes as the citizen would read them.
  await expect(page).toHaveURL(/\/verifica-recapiti$/);
  await sim.goto();
  await sim.openPhone(contacts.mobile);
  const lastSms = sim.smsItems.last();
  await expect(lastSms).toContainText('verifica del cellulare');
  const smsCode = (await sim.secretIn(lastSms).innerText()).trim();
  await sim.openMailbox(contacts.email);
  const mail = await sim.openMail('Verifica del recapito');
  const mailCode = (await sim.secretIn(mail).innerText()).trim();
  await page.goto('/verifica-recapiti');
  const verify = new VerifyContactsPage(page);
  await expect(verify.title).toBeVisible();
  await verify.mobileCode.fill(smsCode);
  await verify.emailCode.fill(mailCode);
  await verify.submit.click();

  // Accept the privacy notice.
  await expect(page).toHaveURL(/\/informativa-privacy$/);
  const privacy = new PrivacyPage(page);
  await privacy.read.check();
  await privacy.accept.click();

  // MyINPS: name, PIN type, expiry six months on.
  const me = new MyInpsPage(page);
  await expect(page).toHaveURL(/\/myinps$/);
  await expect(me.name).toContainText(citizen.name, { ignoreCase: true });
  await expect(me.name).toContainText(citizen.surname, { ignoreCase: true });
  await expect(me.cf).toHaveText(cf);
  await expect(me.pinType).toHaveText('PIN ordinario');
  await expect(me.expiry).toHaveText(sixMonthsAfter(today));

  // Logout leads home; MyINPS then asks to log in.
  await me.logout.click();
  await expect(page).toHaveURL(/\/$/);
  await me.goto();
  await expect(me.loginLink).toBeVisible();

  // The 16 characters never work again …
  await login.goto();
  await login.login(cf, half1 + half2);
  await expect(login.error).toContainText('Codice fiscale o PIN non corretti');
  await expect(page).toHaveURL(/\/accedi$/);

  // … the new PIN does.
  await login.pin.fill(newPin);
  await login.submit.click();
  await expect(page).toHaveURL(/\/myinps$/);
  await expect(me.pinType).toHaveText('PIN ordinario');
});
