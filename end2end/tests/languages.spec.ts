// Issue 14: the pages in German and English. The language chosen in the
// header persists across reloads and sets <html lang>; every main page, in
// the states a person sees, shows no Italian sentence of the app's catalogs
// (support/catalog.ts reads app/src/i18n/*.rs) and passes axe. The pages
// that show data (activities, services, consultation tables, applications)
// also show none of the Italian labels the server sends with that data.
import { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { advance, messages, wrongLoginsViaApi } from '../support/api';
import { citizenWithOrdinaryPin, citizenWithPinHalves, clockAtStartBeforeEach, loginWithPin, requestFormData } from '../support/arrange';
import { expectNoAxeViolations } from '../support/axe';
import { Lang, expectNoItalian, keys, text } from '../support/catalog';
import { IBAN } from '../support/data';
import { ActivityPage } from '../pages/lifecycle';
import { ServicesPage } from '../pages/services';
import { BackOfficePage } from '../pages/backoffice';
import { HomePage } from '../pages/home';
import { LoginPage } from '../pages/login';
import { MyInpsPage } from '../pages/myInps';
import { wasmDownloads } from '../support/modules';
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

/**
 * The Italian labels the server sends with a citizen's data (the answers in
 * Italian, as any client without Accept-Language gets them): activity
 * descriptions, service titles, the level and its way up, certificate
 * kinds, payment descriptions, methods and states, application titles and
 * states. `api` carries the citizen's session.
 */
async function italianDataLabels(api: APIRequestContext): Promise<string[]> {
  const it = { headers: { 'Accept-Language': 'it' } };
  const get = async (path: string) => {
    const res = await api.get(`/api/v1${path}`, it);
    expect(res.status(), `${path}: ${await res.text()}`).toBe(200);
    return res.json();
  };
  const labels: string[] = [];
  for (const a of await get('/me/activity')) labels.push(a.description);
  const overview = await get('/services');
  labels.push(overview.level_label, ...overview.services.map((s: { title: string }) => s.title));
  if (overview.way_up) labels.push(overview.way_up);
  for (const c of await get('/services/certificati-medici')) labels.push(c.kind);
  for (const p of await get('/services/pagamenti')) labels.push(p.description, p.method, p.status);
  for (const a of await get('/applications')) labels.push(a.title, a.status_label);
  return [...new Set(labels)];
}

/**
 * None of `labels` is on the page shown in `lang`, but for a label the
 * `lang` catalog uses itself (a name kept in every language, such as "PIN
 * dispositivo").
 */
async function expectNoItalianData(page: Page, lang: 'de' | 'en', what: string, labels: string[]): Promise<void> {
  await test.step(`no Italian data label on ${what} (${lang})`, async () => {
    const own = keys().map((k) => text(k, lang));
    const italian = labels.filter((l) => !own.some((o) => o.includes(l)));
    const body = await page.evaluate(() => document.body.innerText);
    expect(italian.filter((l) => body.includes(l)), `Italian data labels on ${what} shown in ${lang}`).toEqual([]);
  });
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

    test('a deep link to /richiedi-pin downloads the language and the page, each in one file', async ({
      page,
      request,
    }) => {
      const { citizen } = await requestFormData(request);
      const wasm = wasmDownloads(page);
      const req = new RequestPage(page);
      await req.goto();
      await expect(page.getByRole('heading', { level: 1, name: text('request.title', lang) })).toBeVisible();
      await page.waitForLoadState('networkidle');
      // The language comes first (before the app mounts), so the page's
      // bundle is a variant without the modules the language already has:
      // no module comes on its own.
      expect([...wasm].sort()).toEqual(['app_bg.wasm', `bundle_i18n_${lang}.wasm`, `bundle_request.${lang}.wasm`]);
      await req.step1(citizen.codice_fiscale);
      await expect(req.surname).toBeVisible();
      await page.waitForLoadState('networkidle');
      // (German and English may share the variant of a part.)
      expect(wasm.filter((f) => f.includes('request__form'))).toHaveLength(1);
      expect(wasm.filter((f) => !f.startsWith('bundle_') && f !== 'app_bg.wasm')).toEqual([]);
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

    test('/richiedi-pin outcome with a residence to verify: the call-back time slot', async ({ page, request }) => {
      const { citizen, contacts, data } = await requestFormData(request);
      const req = new RequestPage(page);
      await req.goto();
      await req.requestPin(citizen.codice_fiscale, {
        ...data,
        address: `${citizen.residence.address} Bis`,
        civic: `${citizen.residence.civic}0`,
      });
      await expect(req.outcome).toHaveAttribute('data-status', 'awaiting_verification');
      await expect(req.outcomeCallback).toContainText(contacts.mobile);
      await expect(req.outcomeCallback).toContainText(text('request.preferred_time.09-13', lang));
      await check(page, lang, '/richiedi-pin outcome to verify', 'request.title');
      // The slot's Italian label (domain::request::PREFERRED_TIMES).
      await expect(req.outcomeCallback).not.toContainText('dalle 9 alle 13');
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

    test('the MyINPS pages with data: activities, services, consultation, applications', async ({ page, request }) => {
      // A citizen with a history: first access, contacts, privacy, a block
      // by ten wrong PINs, logins; then an application waiting for the PIN
      // dispositivo.
      const { citizen, pin } = await citizenWithOrdinaryPin(request);
      await wrongLoginsViaApi(request, citizen.codice_fiscale);
      await advance(request, 181);
      await loginWithPin(page, citizen.codice_fiscale, pin);
      await expect(page).toHaveURL(/\/myinps$/);
      const filed = await page.request.post('/api/v1/applications', {
        data: {
          kind: 'naspi',
          data: { last_employer: 'Rossi Costruzioni S.r.l.', termination_date: '13/03/2020', iban: IBAN },
        },
      });
      expect(filed.status(), await filed.text()).toBe(201);
      const labels = await italianDataLabels(page.request);
      // The labels the page would show untranslated, among them short ones
      // the catalog check does not look for ("Pagato", "Inizio").
      expect(labels).toEqual(expect.arrayContaining(['Pagato', 'PIN bloccato per troppi tentativi errati']));

      await page.goto('/myinps/attivita');
      const activity = new ActivityPage(page);
      await expect(activity.row('pin_locked')).toContainText(text('my_inps.activity.kind.pin_locked', lang));
      await expect(activity.row('first_access')).toContainText(text('my_inps.activity.kind.first_access', lang));
      await check(page, lang, '/myinps/attivita with activities', 'my_inps.activity.title');
      await expectNoItalianData(page, lang, '/myinps/attivita', labels);

      const services = new ServicesPage(page);
      await services.goto();
      await expect(services.service('naspi')).toContainText(text('services.svc.naspi', lang));
      await expect(services.appsList).toContainText(text('services.apps.status.frozen', lang));
      await services.contribShow.click();
      await expect(services.contribTable).toBeVisible();
      await services.certShow.click();
      await expect(services.certTable).toBeVisible();
      await services.payShow.click();
      await expect(services.payTable).toContainText(text('services.pay.statuses.pagato', lang));
      await check(page, lang, '/servizi with tables and an application', 'services.title');
      await expectNoItalianData(page, lang, '/servizi', labels);

      await page.goto('/myinps');
      await check(page, lang, '/myinps logged in', 'my_inps.home.title');
      await expectNoItalianData(page, lang, '/myinps', labels);
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
