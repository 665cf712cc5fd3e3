// Revoca PIN (issue 4) through the UI: data, a summary to confirm, a code
// by e-mail (a wrong one named next to its field), the PIN revoked; then a
// new request is accepted.
import { expect, test } from '../support/fixtures';
import { requestPinViaApi, secretFor, uniqueContacts } from '../support/api';
import { citizenWithPin, clockAtStartBeforeEach } from '../support/arrange';
import { expectNoAxeViolations } from '../support/axe';
import { ddmmyyyy } from '../support/dates';
import { H1 } from '../support/headings';
import { ProcedurePage, fieldError } from '../pages/lifecycle';

clockAtStartBeforeEach();

test('Revoca PIN, then a new request is accepted', async ({ page, request }) => {
  const { citizen } = await citizenWithPin(request);
  const revoke = new ProcedurePage(page, 'revoke');
  // The page is a lazy route: wait for it, not only for the shell.
  await revoke.goto('/revoca-pin');
  await expectNoAxeViolations(page, 'revoca step 1', H1.revoke);
  const mail = `revoca.${Date.now()}@example.it`;
  await revoke.fill({
    cf: citizen.codice_fiscale.toLowerCase(),
    tsNumber: citizen.tessera_sanitaria.number,
    tsExpiry: ddmmyyyy(citizen.tessera_sanitaria.expiry),
    email: mail,
  });
  // A summary to confirm before anything is sent.
  await revoke.next.click();
  await expect(revoke.summaryOf('email')).toHaveText(mail);
  await expectNoAxeViolations(page, 'revoca summary', H1.revoke);
  await revoke.send.click();
  await expect(revoke.received).toBeVisible();
  // A wrong code is named next to the field; what was typed stays.
  await revoke.confirmCode('ZZZZ9999');
  await expect(fieldError(page, 'code')).toBeVisible();
  await expect(revoke.code).toHaveValue('ZZZZ9999');
  const code = await secretFor(request, mail, 'Revoca del PIN');
  await revoke.confirmCode(code);
  await expect(revoke.done).toContainText('revocato');
  await expect(revoke.newRequest).toBeVisible();
  await requestPinViaApi(request, citizen, uniqueContacts());
});
