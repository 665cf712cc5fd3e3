// Primo accesso (issue 4) through the UI: the 16 characters give a new
// 8-character PIN, the contacts are verified with the codes received (read
// in the simulator, in another tab), the privacy notice is accepted, and
// next time the new PIN goes straight home. The whole journey from the
// request on: journey.spec.ts.
import { expect, test } from '../support/fixtures';
import { letterHalf } from '../support/api';
import { citizenWithPin, clockAtStartBeforeEach, loginWithPin } from '../support/arrange';
import { expectNoAxeViolations } from '../support/axe';
import { H1 } from '../support/headings';
import { FirstAccessPage } from '../pages/firstAccess';
import { PrivacyPage, VerifyContactsPage, fieldError } from '../pages/lifecycle';
import { MyInpsPage } from '../pages/myInps';
import { SimulatorPage } from '../pages/simulator';

clockAtStartBeforeEach();

test('(c) first access: new PIN, contacts verified with the codes received, privacy notice, home', async ({ page, request }) => {
  const { citizen, contacts } = await citizenWithPin(request);
  const half2 = await letterHalf(request, citizen.codice_fiscale);

  // Half 1 from the phone, in the simulator (another tab, as a person would).
  const simTab = await page.context().newPage();
  const sim = new SimulatorPage(simTab);
  await sim.goto();
  await sim.openPhone(contacts.mobile);
  await expect(sim.smsItems).toHaveCount(1);
  const half1 = (await sim.secretIn(sim.smsItems.first()).innerText()).trim();
  expect(half1).toMatch(/^[A-Za-z0-9]{8}$/);

  await loginWithPin(page, citizen.codice_fiscale, half1 + half2);
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
  await loginWithPin(page, citizen.codice_fiscale, newPin);
  await expect(page).toHaveURL(/\/myinps$/);
});
