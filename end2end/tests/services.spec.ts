// What each PIN level opens on /servizi (issue 5): at L0 (the first half)
// the 600 € indemnity, protocolled at once; at L1 consultation, and
// applications that wait for the PIN dispositivo. The API only arranges
// citizens, PINs and the simulated clock.
import { expect, test } from '../support/fixtures';
import {
  citizenWithPinHalves,
  clockAtStartBeforeEach,
  loggedInWithOrdinaryPin,
  loginWithPin,
} from '../support/arrange';
import { IBAN, expectPdf } from '../support/data';
import { ConvertPage } from '../pages/dispositivo';
import { MyInpsPage } from '../pages/myInps';
import { ServicesPage } from '../pages/services';

clockAtStartBeforeEach();

test('L0: the first half of a new PIN opens the 600 € indemnity, not consultation', async ({
  page,
  request,
}) => {
  const { citizen, half1 } = await citizenWithPinHalves(request);
  expect(half1).toHaveLength(8);

  await loginWithPin(page, citizen.codice_fiscale, half1);
  const my = new MyInpsPage(page);
  await expect(my.pinType).toHaveText('Prima parte del PIN');
  await my.servicesLink.click();

  const services = new ServicesPage(page);
  await expect(services.level).toHaveText('Prima parte del PIN (accesso semplificato)');
  await expect(services.wayUp).toContainText('PIN completo di 16 caratteri');
  // Consultation is closed and says what is needed.
  await expect(services.service('estratto_conto')).toHaveAttribute('data-allowed', 'false');
  await expect(services.service('estratto_conto')).toContainText('Serve il PIN completo');
  await expect(services.service('indennita_covid_600')).toHaveAttribute('data-allowed', 'true');
  await expect(services.contribShow).toHaveCount(0);
  await expect(services.convertLink).toHaveCount(0);
  // Only the indemnity can be applied for.
  await expect(services.kind.locator('option[value]:not([value=""])')).toHaveText([
    'Indennità COVID-19 di 600 euro (2020)',
  ]);

  await services.kind.selectOption('indennita_covid_600');
  await services.submit.click();
  await expect(services.fieldError('category')).toContainText('obbligatorio');
  await expect(services.fieldError('iban')).toBeVisible();
  await services.field('category').selectOption('stagionali');
  await services.field('iban').fill('IT00 1234');
  await services.submit.click();
  await expect(services.fieldError('iban')).toContainText('IBAN non valido');
  await expect(services.fieldError('category')).toHaveCount(0);
  await expect(services.field('iban')).toHaveValue('IT00 1234');
  await expect(services.field('category')).toHaveValue('stagionali');

  await services.field('iban').fill(IBAN);
  await services.submit.click();
  await expect(services.result).toContainText('Domanda protocollata');
  // The form is cleared once sent, so the same application is not sent twice.
  await expect(services.kind).toHaveValue('');
  await expect(services.field('iban')).toHaveCount(0);
  const row = services.application('600 euro');
  await expect(services.statusOf(row)).toHaveText('Protocollata');
  await expect(services.protocolOf(row)).toContainText(/\d/);
  await expectPdf(page, services.receiptOf(row));

  // "Converti il tuo PIN" needs the full PIN first: said, and nothing to fill.
  const conv = new ConvertPage(page);
  await conv.goto();
  await expect(conv.error).toContainText('PIN completo');
  await expect(conv.type).toHaveCount(0);
});

test('L1: consultation open, a NASpI application waits for the PIN dispositivo', async ({
  page,
  request,
}) => {
  await loggedInWithOrdinaryPin(page, request);
  const services = new ServicesPage(page);
  await services.goto();
  await expect(services.level).toHaveText('PIN ordinario');
  for (const id of ['estratto_conto', 'certificati_medici', 'pagamenti', 'naspi']) {
    await expect(services.service(id)).toHaveAttribute('data-allowed', 'true');
  }
  await services.contribShow.click();
  await expect(services.contribTable.locator('tbody tr').first()).toBeVisible();
  await expect(services.contribTable.locator('thead')).toContainText('Settimane');
  await services.certShow.click();
  await expect(services.certTable.or(services.certEmpty)).toBeVisible();
  await services.payShow.click();
  await expect(services.payTable.locator('tbody tr').first()).toBeVisible();

  await expect(services.frozenNote).toContainText('data di presentazione originale');
  // A date in the future is named next to its field and what was typed stays.
  await services.kind.selectOption('naspi');
  await services.field('last_employer').fill('Rossi Costruzioni S.r.l.');
  await services.field('termination_date').fill('13/03/2021');
  await services.field('iban').fill(IBAN);
  await services.submit.click();
  await expect(services.fieldError('termination_date')).toContainText('futuro');
  await expect(services.field('last_employer')).toHaveValue('Rossi Costruzioni S.r.l.');
  await expect(services.field('termination_date')).toBeFocused();

  // Applications at L1 are not "Disponibile" as consultation is: each says
  // that it waits for the PIN dispositivo, and the one sent says it is frozen.
  const note = (id: string) => page.getByTestId(`service-note-${id}`);
  await expect(note('estratto_conto')).toHaveText('Disponibile');
  await expect(note('naspi')).toContainText('resterà in attesa di PIN dispositivo');
  const row = await services.applyForNaspiFrozen();
  await expect(row).toContainText('Presentata il 22/04/2020');
  await expect(services.protocolOf(row)).toHaveCount(0);
  await expect(services.frozenCount).toContainText('1');
  await expect(note('naspi')).toHaveText('Domanda presentata: in attesa di PIN dispositivo');
  await expect(note('bonus_bebe')).toContainText('resterà in attesa di PIN dispositivo');
  // The page speaks to the citizen with "Lei" throughout.
  await expect(page.locator('main')).not.toContainText(/\b(puoi|tuoi|hai|accedi con il tuo)\b/i);
});
