// Ripristina PIN (issue 4) through the UI: a code by e-mail, new halves by
// SMS and e-mail, first access again; a PIN never used is pointed to
// Revoca by e-mail, while the page says the same as for anybody.
import { expect, test } from '../support/fixtures';
import { secretFor } from '../support/api';
import {
  citizenWithOrdinaryPin,
  citizenWithPin,
  clockAtStartBeforeEach,
  loginWithPin,
} from '../support/arrange';
import { expectNoAxeViolations } from '../support/axe';
import { H1 } from '../support/headings';
import { ProcedurePage, fieldError } from '../pages/lifecycle';
import { LoginPage } from '../pages/login';
import { SimulatorPage } from '../pages/simulator';

clockAtStartBeforeEach();

test('(e) Ripristina PIN: code by e-mail, new halves by SMS and e-mail, first access again', async ({ page, request }) => {
  const { citizen, contacts, pin } = await citizenWithOrdinaryPin(request);
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

  const code = await secretFor(request, contacts.email, 'codice provvisorio');
  await res.confirmCode(code);
  await expect(res.done).toContainText('Ripristino completato');
  await expectNoAxeViolations(page, '/ripristina-pin (done)', H1.restore);

  const half1 = await secretFor(request, contacts.mobile, 'prima parte del nuovo PIN');
  const half2 = await secretFor(request, contacts.email, 'seconda parte del nuovo PIN');
  // The old PIN is gone; the new 16 characters lead to the first access.
  await loginWithPin(page, citizen.codice_fiscale, pin);
  await expect(new LoginPage(page).error).toContainText('Codice fiscale o PIN non corretti');
  await loginWithPin(page, citizen.codice_fiscale, half1 + half2);
  await expect(page).toHaveURL(/\/primo-accesso$/);
});

test('(e) Ripristina a never-used PIN: the owner is told by e-mail to use Revoca', async ({ page, request }) => {
  const { citizen, contacts } = await citizenWithPin(request);
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
