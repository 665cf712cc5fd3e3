// The "Richiedi PIN" branches a trainer needs on demand (SPEC §4.1).
import { expect, test } from '../support/fixtures';
import { setClock } from '../support/api';
import { citizenWithPin, clockAtStartBeforeEach, requestFormData } from '../support/arrange';
import { mismatchingSurname } from '../support/cf';
import { wasmDownloads } from '../support/modules';
import { RequestPage } from '../pages/request';
import { SimulatorPage } from '../pages/simulator';

clockAtStartBeforeEach();

test('(2) a codice fiscale that already holds a PIN is stopped at step 1', async ({ page, request }) => {
  const { citizen } = await citizenWithPin(request);

  const req = new RequestPage(page);
  await req.goto();
  await req.step1(citizen.codice_fiscale.toLowerCase());
  await expect(req.alreadyAssigned).toContainText(
    `L'utente ${citizen.codice_fiscale} ha già un PIN assegnato`,
  );
  // The way out: restore or revoke.
  await expect(req.alreadyAssignedRestore).toHaveAttribute('href', '/ripristina-pin');
  await expect(req.alreadyAssignedRevoke).toHaveAttribute('href', '/revoca-pin');
  await expect(req.surname).toHaveCount(0);
});

test('(3) a surname that does not match the codice fiscale is named and blocks Avanti', async ({
  page,
  request,
}) => {
  const { citizen, data } = await requestFormData(request);

  const req = new RequestPage(page);
  await req.goto();
  await req.step1(citizen.codice_fiscale);
  await req.fillStep2({ ...data, surname: mismatchingSurname(citizen.codice_fiscale) });
  await req.next.click();

  await expect(req.fieldError('personal.surname')).toContainText(
    'Il cognome non corrisponde al codice fiscale',
  );
  await expect(req.summary).toHaveCount(0);
  await expect(req.surname).toBeVisible();

  // Correcting the surname lets the citizen go on.
  await req.surname.fill(citizen.surname);
  await req.next.click();
  await expect(req.summary).toBeVisible();
  await expect(req.fieldError('personal.surname')).toHaveCount(0);
});

test('an address with markup is named next to the field, and free texts stop at their limit', async ({
  page,
  request,
}) => {
  const { citizen, data } = await requestFormData(request);

  const req = new RequestPage(page);
  await req.goto();
  await req.step1(citizen.codice_fiscale);
  await req.fillStep2({ ...data, address: 'Via <b>Roma</b>' });
  await req.next.click();
  await expect(req.fieldError('residence.address')).toContainText('Caratteri non ammessi');
  await expect(req.summary).toHaveCount(0);

  // The browser keeps at most 100 characters, as the rule allows.
  const address = page.getByTestId('request-address');
  await expect(address).toHaveAttribute('maxlength', '100');
  await address.fill('Via Roma '.repeat(40));
  expect((await address.inputValue()).length).toBe(100);
  await expect(page.getByTestId('request-surname')).toHaveAttribute('maxlength', '60');
  await expect(page.getByTestId('request-civic')).toHaveAttribute('maxlength', '10');
});

test('(4) a residence not matching the registry queues a contact-center callback', async ({
  page,
  request,
}) => {
  const { citizen, contacts, data } = await requestFormData(request);

  const req = new RequestPage(page);
  await req.goto();
  await req.requestPin(citizen.codice_fiscale, {
    ...data,
    address: `${citizen.residence.address} Bis`,
    civic: `${citizen.residence.civic}0`,
  });
  await expect(req.outcome).toHaveAttribute('data-status', 'awaiting_verification');
  // The outcome says, in the portal's words, that the contact center will
  // call back at the preferred phone, in the preferred time slot.
  await expect(req.outcomeCallback).toBeVisible();
  await expect(req.outcomeCallback).toContainText(
    'è diverso da quello presente negli archivi INPS',
  );
  await expect(req.outcomeCallback).toContainText(
    'il Contact center ti ricontatterà al numero indicato come "Telefono preferenziale"',
  );
  await expect(req.outcomeCallback).toContainText(contacts.mobile);
  await expect(req.outcomeCallback).toContainText('dalle 9 alle 13');
  await expect(req.outcome).toContainText('dopo la verifica');

  // The simulator shows the callback to the preferred phone …
  const sim = new SimulatorPage(page);
  await sim.goto();
  const call = sim.callItems.filter({ hasText: contacts.mobile });
  await expect(call).toHaveCount(1);
  await expect(call).toContainText('residenza');
  // … half 1 has arrived, and half 2 is held: no letter, not even in transit.
  await sim.openPhone(contacts.mobile);
  await expect(sim.smsItems).toHaveCount(1);
  await sim.openLetterbox(citizen.codice_fiscale);
  await expect(sim.letterbox).toContainText('Nessuna lettera');
});

test('(4) a residence typed with abbreviations ("V." for Via, "n." before the number) is the registry\'s: no callback', async ({
  page,
  request,
}) => {
  const { citizen, contacts, data } = await requestFormData(request, {
    residence: { address: 'Via Nazionale', civic: '12', province: 'RM', comune: 'Roma', cap: '00184' },
  });

  const req = new RequestPage(page);
  await req.goto();
  await req.requestPin(citizen.codice_fiscale, { ...data, address: 'V. Nazionale', civic: 'n. 12' });
  await expect(req.outcome).toHaveAttribute('data-status', 'issued');
  await expect(req.outcomeStatus).toHaveText('Richiesta inserita correttamente');
  await expect(req.outcomeCallback).toHaveCount(0);

  // No call queued for the preferred phone; the letter with half 2 is in the post.
  const sim = new SimulatorPage(page);
  await sim.goto();
  await sim.openPhone(contacts.mobile);
  await expect(sim.smsItems).toHaveCount(1);
  await expect(sim.phoneCalls).toHaveCount(0);
  await sim.openLetterbox(citizen.codice_fiscale);
  await expect(sim.pendingLetters).toHaveCount(1);
  await expect(sim.pendingLetters).toContainText('In consegna');
});

test('(5) after the issuance cut-off the request page points to SPID, CIE and CNS', async ({
  page,
  request,
}) => {
  await setClock(request, '2020-10-02T08:00:00Z');
  const req = new RequestPage(page);
  await req.goto();
  await expect(req.issuanceClosed).toBeVisible();
  await expect(req.issuanceClosed).toContainText('SPID');
  await expect(req.issuanceClosed).toContainText('CIE');
  await expect(req.issuanceClosed).toContainText('CNS');
  await expect(req.cf).toHaveCount(0);
});

test('a codice fiscale typed the instant the form appears is kept (no wipe on start)', async ({
  page,
}) => {
  // No waiting for the page to settle: type as soon as the field exists,
  // while the clock, the lazy chunk and the stored form are still arriving.
  await page.goto('/richiedi-pin', { waitUntil: 'commit' });
  const cf = page.getByTestId('request-cf');
  await cf.pressSequentially('RSSMRA80A01H501U');
  await expect(cf).toHaveValue('RSSMRA80A01H501U');
  // Once everything has arrived (simulated date shown, no request in
  // flight) the value is still there.
  await expect(page.locator('time[data-testid="sim-date"]')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(cf).toHaveValue('RSSMRA80A01H501U');
  // And it is the form's value, not only the box's: "Avanti" goes on with it.
  await page.getByTestId('request-residence-italia').check();
  await page.getByTestId('request-next').click();
  await expect(page.getByTestId('request-surname')).toBeVisible();
});

test('steps 2 and 3 load only once step 1 is used, keep what was typed, and survive a reload', async ({
  page,
  request,
}) => {
  const { citizen, data } = await requestFormData(request);
  // The lazy chunk of steps 2-3 and the outcome (its bundle, or its module).
  const lazyFetches: string[] = [];
  page.on('request', (r) => {
    if (/request__form/.test(r.url())) lazyFetches.push(r.url());
  });

  const req = new RequestPage(page);
  await req.goto();
  await expect(req.cf).toBeVisible();
  await page.waitForLoadState('networkidle');
  // A cold load shows step 1 without downloading the rest of the form.
  expect(lazyFetches).toEqual([]);

  await req.step1(citizen.codice_fiscale.toLowerCase());
  // Step 2 follows with the codice fiscale typed in step 1.
  await expect(req.surname).toBeVisible();
  await expect(page.getByTestId('request-cf-readonly')).toHaveText(citizen.codice_fiscale);
  await expect(req.stepTitle).toBeFocused();
  expect(lazyFetches.length).toBeGreaterThan(0);

  // A reload on step 2 (the form is in session storage) shows step 2 again.
  await req.surname.fill(data.surname);
  await page.reload();
  await expect(req.surname).toHaveValue(data.surname);
  await expect(page.getByTestId('request-cf-readonly')).toHaveText(citizen.codice_fiscale);
  await req.fillStep2(data);
  await req.next.click();
  await expect(req.summary).toContainText(data.surname);
});

test('a cold load gets the page as one module, and the rest of the form as one more', async ({ page, request }) => {
  const { citizen } = await requestFormData(request);
  const wasm = wasmDownloads(page);
  const req = new RequestPage(page);
  await req.goto();
  await expect(req.cf).toBeVisible();
  await page.waitForLoadState('networkidle');
  // Not the ~210 modules of its group one by one (each one a request, a
  // compilation and an instantiation).
  expect(wasm).toEqual(['app_bg.wasm', 'bundle_request.wasm']);

  await req.step1(citizen.codice_fiscale);
  await expect(req.surname).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(wasm).toEqual(['app_bg.wasm', 'bundle_request.wasm', 'bundle_request__form.wasm']);
});

test('after another page, the request page still works: its modules not yet loaded come one by one', async ({
  page,
  request,
}) => {
  const { citizen, data } = await requestFormData(request);
  const wasm = wasmDownloads(page);
  await page.goto('/accedi');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(wasm).toEqual(['app_bg.wasm', 'bundle_login.wasm']);

  // In the app, without a reload: the login's bundle already holds some of
  // the request page's modules, so that page's own bundle cannot be used.
  await page.getByRole('link', { name: 'Richiedi e gestisci il tuo PIN' }).click();
  await page.getByRole('link', { name: 'RICHIEDI PIN' }).click();
  await expect(page).toHaveURL(/\/richiedi-pin$/);
  const req = new RequestPage(page);
  await expect(req.cf).toBeVisible();
  expect(wasm).not.toContain('bundle_request.wasm');
  expect(wasm.some((f) => f.startsWith('chunk_'))).toBe(true);
  await req.step1(citizen.codice_fiscale);
  await req.fillStep2(data);
  await req.next.click();
  await expect(req.summary).toContainText(data.surname);
});
