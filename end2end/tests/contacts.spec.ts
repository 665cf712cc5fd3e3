// "I tuoi recapiti" (issue 4) through the UI: wrong contacts are named, new
// ones are verified by codes, the old ones are told of the change.
import { expect, test } from '../support/fixtures';
import { messages, secretFor, uniqueContacts } from '../support/api';
import { citizenWithOrdinaryPin, clockAtStartBeforeEach, loginWithPin } from '../support/arrange';
import { expectNoAxeViolations } from '../support/axe';
import { H1 } from '../support/headings';
import { ActivityPage, ContactsPage, VerifyContactsPage, fieldError } from '../pages/lifecycle';
import { MyInpsPage } from '../pages/myInps';

clockAtStartBeforeEach();

test('"I tuoi recapiti": wrong contacts are named, new ones are verified by codes, the old ones told', async ({ page, request }) => {
  const { citizen, contacts, pin } = await citizenWithOrdinaryPin(request);
  await loginWithPin(page, citizen.codice_fiscale, pin);
  await new MyInpsPage(page).contactsLink.click();
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
  await verify.mobileCode.fill(await secretFor(request, fresh.mobile, 'verifica'));
  await verify.emailCode.fill(await secretFor(request, fresh.email, 'Verifica'));
  await verify.submit.click();
  await expect(page).toHaveURL(/\/myinps$/);

  // The old mobile got the notice of the change (SMS), the new one did not.
  const old = await messages(request, contacts.mobile);
  expect((await messages(request, fresh.mobile)).some((m) => m.body.includes('sono stati modificati'))).toBe(false);
  expect(old.some((m) => m.body.includes('recapiti personali associati al suo PIN sono stati modificati'))).toBe(true);
  await new MyInpsPage(page).activityLink.click();
  await expect(new ActivityPage(page).row('contacts_changed')).toContainText('Recapiti personali modificati');
});
