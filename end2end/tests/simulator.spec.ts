// The simulator as a trainer uses it: clock, test citizens, inboxes.
import { expect, test } from '@playwright/test';
import { citizenWithPin, clockAtStartBeforeEach } from '../support/arrange';
import { HomePage } from '../pages/home';
import { SimulatorPage } from '../pages/simulator';

clockAtStartBeforeEach();

test('the clock moves by the buttons and by "Imposta", and the header follows', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.goto();
  // 09:00 UTC on 1 April 2020 is 11:00 in Rome.
  await expect(sim.clockNow).toContainText('01/04/2020 11:0');
  await sim.advanceDay.click();
  await expect(sim.clockNow).toContainText('02/04/2020 11:0');
  await sim.advanceHour.click();
  await expect(sim.clockNow).toContainText('02/04/2020 12:0');
  await sim.advanceWeek.click();
  await expect(sim.clockNow).toContainText('09/04/2020 12:0');

  await sim.clockInput.fill('2020-06-15T10:30');
  await sim.clockSet.click();
  await expect(sim.clockNow).toContainText('15/06/2020 10:3');
  await expect(sim.clockStatus).toContainText('15/06/2020');
  await expect(new HomePage(page).simDate).toContainText('15/06/2020 10:3');
});

test('"Nuovo cittadino di prova" gives data to type', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.goto();
  await sim.newCitizen.click();
  await expect(sim.citizen).toHaveCount(1);
  await expect(sim.citizenCf).toHaveText(/^[A-Z0-9]{16}$/);
  await expect(sim.citizenBirth).toHaveText(/^\d{2}\/\d{2}\/\d{4}$/);
  await expect(sim.citizenTs).toContainText(/\d{20}/);
  await sim.newCitizen.click();
  await expect(sim.citizen).toHaveCount(2);
});

test('half 1 reads the same on the phone and in the mailbox', async ({ page, request }) => {
  const { citizen, contacts } = await citizenWithPin(request);

  const sim = new SimulatorPage(page);
  await sim.goto();
  await sim.openPhone(contacts.mobile);
  await expect(sim.smsItems).toHaveCount(1);
  const fromSms = await sim.secretIn(sim.smsItems.first()).innerText();

  await sim.openMailbox(contacts.email.toUpperCase());
  await expect(sim.mailItems).toHaveCount(1);
  await expect(sim.mailMessages.first()).toBeHidden();
  await sim.mailItems.first().click();
  await expect(sim.mailItems.first()).toHaveAttribute('aria-expanded', 'true');
  await expect(sim.secretIn(sim.mailMessages.first())).toHaveText(fromSms);

  // The whole list shows all three deliveries of this request (SMS, e-mail, post).
  await sim.allShow.click();
  await expect(sim.allItems.filter({ hasText: citizen.codice_fiscale })).toHaveCount(1);
  await expect(sim.allItems.filter({ hasText: contacts.mobile })).toHaveCount(1);
});
