// The simulator as a trainer uses it: clock, test citizens, inboxes.
import { expect, test } from '../support/fixtures';
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

test('"Nuovo cittadino di prova" shows what the request form asks, in its order and by name', async ({
  page,
}) => {
  const sim = new SimulatorPage(page);
  await sim.goto();
  await sim.newCitizen.click();
  const card = sim.citizen.first();
  // The birthplace by name (not its code), the residence field by field.
  await expect(card.getByTestId('sim-citizen-birthplace')).not.toHaveText(/^[A-Z]\d{3}$/);
  await expect(card.getByTestId('sim-citizen-birthplace')).toHaveText(/[a-z]/);
  await expect(card.getByTestId('sim-citizen-province')).toHaveText(/^\S.* \([A-Z]{2}\)$/);
  await expect(card.getByTestId('sim-citizen-civic')).not.toBeEmpty();
  await expect(card.getByTestId('sim-citizen-cap')).toHaveText(/^\d{5}$/);
  await expect(card.getByTestId('sim-citizen-sex')).toHaveText(/^(Maschio|Femmina)$/);
  const labels = (await card.locator('dt').allInnerTexts()).map((l) => l.trim());
  const born = labels.includes('Stato di nascita')
    ? ['Stato di nascita']
    : ['Provincia di nascita', 'Comune di nascita'];
  expect(labels).toEqual([
    'Codice Fiscale',
    'Cognome',
    'Nome',
    'Data di nascita',
    'Sesso',
    ...born,
    'Indirizzo',
    'Numero civico',
    'Provincia di residenza',
    'Comune di residenza',
    'CAP',
    'Tessera sanitaria',
  ]);
});

test('"Tutti i messaggi": every channel, newest first, filtered by channel and recipient, live', async ({
  page,
  request,
}) => {
  const first = await citizenWithPin(request);
  const sim = new SimulatorPage(page);
  await sim.goto();
  await sim.allShow.click();
  const mine = sim.allItems.filter({ hasText: first.contacts.mobile });
  await expect(mine).toHaveCount(1);
  await expect(sim.allItems.filter({ hasText: first.contacts.email })).toHaveCount(1);

  // Filter by channel: only SMS rows are left.
  await page.getByTestId('sim-all-channel').selectOption('sms');
  await expect(page.locator('[data-testid="sim-all-list"] > li:not([data-channel="sms"])')).toHaveCount(0);
  await expect(mine).toHaveCount(1);
  // … and by recipient.
  await page.getByTestId('sim-all-channel').selectOption('');
  await page.getByTestId('sim-all-recipient').fill(first.contacts.email);
  await expect(sim.allItems).toHaveCount(1);
  await expect(sim.allItems.first()).toContainText('E-mail');
  // A row opens the message itself, with its secret.
  await sim.allItems.first().click();
  await expect(page.getByTestId('sim-all-message').first()).toBeVisible();
  await expect(sim.secretIn(page.getByTestId('sim-all-message').first())).not.toBeEmpty();

  // Live: a request filed elsewhere appears without touching the page,
  // at the top (newest first).
  await page.getByTestId('sim-all-recipient').fill('');
  const second = await citizenWithPin(request);
  const newest = sim.allItems.filter({ hasText: second.contacts.mobile });
  await expect(newest).toHaveCount(1, { timeout: 15_000 });
  const rows = await sim.allItems.allInnerTexts();
  const at = (needle: string) => rows.findIndex((r) => r.includes(needle));
  expect(at(second.contacts.mobile)).toBeLessThan(at(first.contacts.mobile));
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

test.describe('on a short screen', () => {
  // The inbox panels start more than a screen below the top: a cold load
  // does not download them.
  test.use({ viewport: { width: 412, height: 400 } });

  test('the inbox panels load when scrolled to, in place of their headings, and work', async ({
    page,
    request,
  }) => {
    const { contacts } = await citizenWithPin(request);
    const lazyFetches: string[] = [];
    page.on('request', (r) => {
      if (/simulator__inboxes/.test(r.url())) lazyFetches.push(r.url());
    });

    const sim = new SimulatorPage(page);
    await page.goto('/simulatore');
    await expect(sim.clockNow).not.toHaveText('—');
    await page.waitForLoadState('networkidle');
    expect(lazyFetches).toEqual([]);
    // Until then the panels' headings are there (heading navigation reaches
    // them), marked as loading.
    const placeholders = sim.inboxPlaceholders();
    await expect(placeholders).toHaveCount(6);
    await expect(placeholders.first()).toHaveAttribute('aria-busy', 'true');
    await expect(page.getByRole('heading', { name: 'Telefono: posta in arrivo' })).toHaveCount(1);
    await expect(page.getByTestId('sim-phone-input')).toHaveCount(0);

    await sim.showInboxes();
    expect(lazyFetches.length).toBeGreaterThan(0);
    await expect(page.getByRole('heading', { name: 'Telefono: posta in arrivo' })).toHaveCount(1);
    await sim.openPhone(contacts.mobile);
    await expect(sim.smsItems).toHaveCount(1);
    // The last of them, the fax panel, came with the others.
    await expect(page.getByRole('region', { name: 'Invia un fax (800 803 164)' })).toBeVisible();
  });
});
