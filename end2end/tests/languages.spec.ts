// Issue 14: the pages in German and English. The language chosen in the
// header persists across reloads and sets <html lang>; every main page, in
// the states a person sees, shows no Italian sentence of the app's catalogs
// (support/catalog.ts reads app/src/i18n/*.rs) and passes axe.
import { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { messages } from '../support/api';
import { citizenWithOrdinaryPin, citizenWithPinHalves, clockAtStartBeforeEach, loginWithPin, requestFormData } from '../support/arrange';
import { expectNoAxeViolations } from '../support/axe';
import { Lang, expectNoItalian, text } from '../support/catalog';
import { BackOfficePage } from '../pages/backoffice';
import { HomePage } from '../pages/home';
import { LoginPage } from '../pages/login';
import { MyInpsPage } from '../pages/myInps';
import { RequestPage } from '../pages/request';
import { SimulatorPage } from '../pages/simulator';
import { FirstAccessPage } from '../pages/firstAccess';

clockAtStartBeforeEach();

/** Opens every page of the test in `lang` (as if chosen before). */
async function speak(page: Page, lang: Lang): Promise<void> {
  await page.addInitScript((l) => window.localStorage.setItem('pin-inps.lang', l), lang);
}

/** The page reads in `lang`: its h1 is the catalog's, no Italian, axe passes. */
async function check(page: Page, lang: 'de' | 'en', what: string, h1Key: string): Promise<void> {
  const h1 = text(h1Key, lang);
  await expect(page.getByRole('heading', { level: 1, name: h1 }).first()).toBeVisible();
  await expectNoItalian(page, lang, what);
  await expectNoAxeViolations(page, `${what} (${lang})`, h1);
}

test('the chosen language persists across reloads and sets <html lang>', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await expect(home.title).toHaveText(text('home.title', 'it'));
  for (const lang of ['de', 'en'] as const) {
    await page.getByTestId('lang-select').selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(home.title).toHaveText(text('home.title', lang));
    await page.reload();
    await expect(home.title).toHaveText(text('home.title', lang));
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByTestId('lang-select')).toHaveValue(lang);
  }
  await page.getByTestId('lang-select').selectOption('it');
  await expect(home.title).toHaveText(text('home.title', 'it'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
});

for (const lang of ['de', 'en'] as const) {
  test.describe(`in ${lang}`, () => {
    test.beforeEach(async ({ page }) => {
      await speak(page, lang);
    });

    test('home, not found, /accedi (every tab, errors)', async ({ page }) => {
      await new HomePage(page).goto();
      await check(page, lang, 'home', 'home.title');
      await page.goto('/pagina-che-non-esiste');
      await check(page, lang, 'not found', 'not_found.title');

      const login = new LoginPage(page);
      await login.goto();
      await check(page, lang, '/accedi', 'my_inps.login.title');
      for (const tab of ['spid', 'cie', 'cns'] as const) {
        await login.tab(tab).click();
        await expect(login.panel(tab)).toBeVisible();
        await check(page, lang, `/accedi ${tab}`, 'my_inps.login.title');
      }
      await login.tab('pin').click();
      await login.submit.click();
      await expect(login.cfError).toHaveText(text('my_inps.login.cf_required', lang));
      await check(page, lang, '/accedi empty fields', 'my_inps.login.title');
      await login.login('RSSMRA80A01H501U', 'ABCDEFGH');
      await expect(login.error).toBeVisible();
      await check(page, lang, '/accedi wrong PIN', 'my_inps.login.title');
    });

    test('/richiedi-pin: steps, summary, outcome', async ({ page, request }) => {
      const { citizen, data } = await requestFormData(request);
      const req = new RequestPage(page);
      await req.goto();
      await check(page, lang, '/richiedi-pin step 1', 'request.title');
      await req.step1(citizen.codice_fiscale);
      await expect(req.surname).toBeVisible();
      await check(page, lang, '/richiedi-pin step 2', 'request.title');
      await req.fillStep2(data);
      await req.next.click();
      await expect(req.summary).toBeVisible();
      await check(page, lang, '/richiedi-pin summary', 'request.title');
      await req.submit.click();
      await expect(req.outcome).toBeVisible();
      await check(page, lang, '/richiedi-pin outcome', 'request.title');
    });

    test('first access and the MyINPS pages', async ({ page, request }) => {
      const { citizen, half1, half2 } = await citizenWithPinHalves(request);
      await loginWithPin(page, citizen.codice_fiscale, `${half1}${half2}`);
      await expect(page).toHaveURL(/\/primo-accesso$/);
      await check(page, lang, '/primo-accesso', 'lifecycle.first_access.title');
      const first = new FirstAccessPage(page);
      await first.issueNewPin();
      await expect(first.saved).toBeVisible();
      await check(page, lang, '/primo-accesso new PIN', 'lifecycle.first_access.title');
      await first.saved.check();
      await first.next.click();
      await expect(page).toHaveURL(/\/verifica-recapiti$/);
      await check(page, lang, '/verifica-recapiti', 'lifecycle.verify.title');

      const other = await citizenWithOrdinaryPin(request);
      await loginWithPin(page, other.citizen.codice_fiscale, other.pin);
      await expect(page).toHaveURL(/\/myinps$/);
      const me = new MyInpsPage(page);
      await expect(me.pinType).toHaveText(text('my_inps.home.type.l1', lang));
      await check(page, lang, '/myinps', 'my_inps.home.title');
      for (const [path, key] of [
        ['/myinps/attivita', 'my_inps.activity.title'],
        ['/myinps/recapiti', 'my_inps.contacts.title'],
        ['/cambia-pin', 'lifecycle.change_pin.title'],
        ['/servizi', 'services.title'],
        ['/converti-pin', 'convert.title'],
      ] as const) {
        await page.goto(path);
        await check(page, lang, path, key);
      }
    });

    test('Attiva, Ripristina, Revoca PIN', async ({ page }) => {
      for (const [path, key] of [
        ['/attiva-pin', 'lifecycle.activate.title'],
        ['/ripristina-pin', 'lifecycle.restore.title'],
        ['/revoca-pin', 'lifecycle.revoke.title'],
      ] as const) {
        await page.goto(path);
        await check(page, lang, path, key);
      }
    });

    test('/informativa-privacy, and /supporto-tecnico with its form', async ({ page }) => {
      await page.goto('/informativa-privacy');
      // The notice in force, in the page's language (its version from the server).
      const title = text('lifecycle.privacy.title', lang).split('{version}')[0].trim();
      await expect(page.getByTestId('privacy-title')).toContainText(title);
      await expect(page.getByTestId('privacy-text')).toContainText(lang === 'de' ? 'DSGVO' : 'GDPR');
      await expectNoItalian(page, lang, '/informativa-privacy');
      await expectNoAxeViolations(page, `/informativa-privacy (${lang})`, new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));

      await page.goto('/supporto-tecnico');
      await check(page, lang, '/supporto-tecnico', 'help.support.title');
      await page.getByTestId('support-submit').click();
      await expect(page.getByTestId('field-error-support.topic')).toHaveText(
        text('messages.support_topic', lang),
      );
      await check(page, lang, '/supporto-tecnico errors', 'help.support.title');
      await page.getByTestId('support-name').fill('Rossi Mario');
      await page.getByTestId('support-email').fill(`support.${lang}@example.it`);
      await page.getByTestId('support-topic').selectOption('login');
      await page.getByTestId('support-message').fill('Mein PIN wird nicht angenommen / not accepted.');
      await page.getByTestId('support-submit').click();
      await expect(page.getByTestId('support-done')).toContainText('AS-');
      await check(page, lang, '/supporto-tecnico sent', 'help.support.title');
    });

    test('/simulatore with open inboxes, /backoffice', async ({ page, request }) => {
      const { citizen, contacts } = await citizenWithPinHalves(request);
      expect((await messages(request, contacts.mobile)).length).toBeGreaterThan(0);
      const sim = new SimulatorPage(page);
      await sim.goto();
      await sim.newCitizen.click();
      await expect(sim.citizen).toHaveCount(1);
      await sim.openPhone(contacts.mobile);
      await expect(sim.smsItems.first()).toBeVisible();
      await sim.openMailbox(contacts.email);
      await sim.openLetterbox(citizen.codice_fiscale);
      await expect(sim.letters.first()).toBeVisible();
      await check(page, lang, '/simulatore', 'simulator.title');

      const bo = new BackOfficePage(page);
      await page.goto('/backoffice');
      await check(page, lang, '/backoffice login', 'backoffice.title');
      await bo.signIn();
      await check(page, lang, '/backoffice queue', 'backoffice.title');
    });
  });
}
