// Credential lifecycle journeys (issue 4) through the UI: lockout message,
// Revoca PIN then a new request, and axe on the new pages.
import { test, expect } from '@playwright/test';
import { newCitizen, uniqueContacts, requestPinViaApi, secretFor } from '../support/api';
import { expectNoAxeViolations } from '../support/axe';
import { H1 } from '../support/headings';
import { clockAtStartBeforeEach } from '../support/arrange';

// The clock is global to the server: start from START whatever ran before
// (a file that moved it past the issuance cut-off would refuse requests).
clockAtStartBeforeEach();

test('lockout: the login page says how long to wait', async ({ page, request }) => {
  const citizen = await newCitizen(request);
  await requestPinViaApi(request, citizen, uniqueContacts());
  for (let i = 0; i < 10; i++) {
    await request.post('/api/v1/session', {
      data: { codice_fiscale: citizen.codice_fiscale, pin: 'WRONG123' },
    });
  }
  await page.goto('/accedi');
  await page.getByTestId('login-cf').fill(citizen.codice_fiscale);
  await page.getByTestId('login-pin').fill('WRONG123');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-error')).toContainText('minut');
});

test('Revoca PIN, then a new request is accepted', async ({ page, request }) => {
  const citizen = await newCitizen(request);
  const contacts = uniqueContacts();
  await requestPinViaApi(request, citizen, contacts);
  const [y, m, d] = citizen.tessera_sanitaria.expiry.split('-');
  await page.goto('/revoca-pin');
  // The page is a lazy route: wait for it, not only for the shell.
  await expect(page.getByTestId('revoke-title')).toBeVisible();
  await expectNoAxeViolations(page, 'revoca step 1', H1.revoke);
  await page.getByTestId('revoke-cf').fill(citizen.codice_fiscale.toLowerCase());
  await page.getByTestId('revoke-ts-number').fill(citizen.tessera_sanitaria.number);
  await page.getByTestId('revoke-ts-expiry').fill(`${d}/${m}/${y}`);
  const mail = `revoca.${Date.now()}@example.it`;
  await page.getByTestId('revoke-email').fill(mail);
  // A summary to confirm before anything is sent.
  await page.getByTestId('revoke-next').click();
  await expect(page.getByTestId('revoke-summary-email')).toHaveText(mail);
  await expectNoAxeViolations(page, 'revoca summary', H1.revoke);
  await page.getByTestId('revoke-submit').click();
  await expect(page.getByTestId('procedure-received')).toBeVisible();
  // A wrong code is named next to the field; what was typed stays.
  await page.getByTestId('revoke-code').fill('ZZZZ9999');
  await page.getByTestId('revoke-confirm').click();
  await expect(page.getByTestId('field-error-code')).toBeVisible();
  await expect(page.getByTestId('revoke-code')).toHaveValue('ZZZZ9999');
  const code = await secretFor(request, mail, 'Revoca del PIN');
  await page.getByTestId('revoke-code').fill(code);
  await page.getByTestId('revoke-confirm').click();
  await expect(page.getByTestId('procedure-done')).toContainText('revocato');
  await expect(page.getByTestId('revoke-new-request')).toBeVisible();
  await requestPinViaApi(request, citizen, uniqueContacts());
});

for (const [path, heading] of [
  ['/attiva-pin', H1.activate],
  ['/ripristina-pin', H1.restore],
] as const) {
  test(`axe: ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectNoAxeViolations(page, path, heading);
  });
}
