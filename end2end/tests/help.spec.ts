// Issue 14: the portal's help pages, its options pages and the virtual
// assistant, reached by their seed labels from the login page; axe on each.
import { expect, test } from '../support/fixtures';
import { clockAtStartBeforeEach } from '../support/arrange';
import { expectNoAxeViolations } from '../support/axe';
import { LoginPage } from '../pages/login';
import { AssistantPage, HelpH1 } from '../pages/help';
import { Lang, expectNoItalian, text } from '../support/catalog';

clockAtStartBeforeEach();

test('the login row leads to the help pages by their seed labels', async ({ page }) => {
  const login = new LoginPage(page);
  const row = page.locator('nav.help-links');

  await login.goto();
  await row.getByRole('link', { name: 'Il PIN online' }).click();
  await expect(page).toHaveURL(/\/il-pin-online$/);
  await expect(page.getByText('Consulta come ottenere e gestire il PIN')).toBeVisible();
  await expectNoAxeViolations(page, '/il-pin-online', HelpH1.pinOnline);

  await login.goto();
  await row.getByRole('link', { name: 'Supporto tecnico' }).click();
  await expect(page).toHaveURL(/\/supporto-tecnico$/);
  await expect(page.getByTestId('help-support-landline')).toContainText('803 164');
  await expect(page.getByTestId('help-support-mobile')).toContainText('06 164 164');
  await expect(page.getByTestId('help-support-hours')).toContainText('dalle 8 alle 20');
  await expect(page.getByTestId('help-support-hours')).toContainText('dalle 8 alle 14');
  await expect(page.getByText(/entro 12 ore/)).toBeVisible();
  await expectNoAxeViolations(page, '/supporto-tecnico', HelpH1.support);

  await login.goto();
  await row.getByRole('link', { name: 'In deutscher Sprache' }).click();
  await expect(page).toHaveURL(/\/in-deutscher-sprache$/);
  await expect(page.locator('section[lang="de"]')).toContainText('Anfangs-PIN');
  await expectNoAxeViolations(page, '/in-deutscher-sprache', HelpH1.german);
  // Its button switches the whole portal to German, and that sticks.
  await page.getByTestId('help-german-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByTestId('help-german-switch')).toHaveCount(0);

  await page.evaluate(() => window.localStorage.setItem('pin-inps.lang', 'it'));
  await login.goto();
  await row.getByRole('link', { name: 'Assistente virtuale' }).click();
  await expect(page).toHaveURL(/\/assistente-virtuale$/);
  await expectNoAxeViolations(page, '/assistente-virtuale', HelpH1.assistant);
});

test('Istruzioni per l\'accesso and the options pages lead to each procedure', async ({
  page,
}) => {
  const login = new LoginPage(page);
  await login.goto();
  await page.getByRole('link', { name: "Istruzioni per l'accesso" }).click();
  await expect(page).toHaveURL(/\/istruzioni-accesso$/);
  await expectNoAxeViolations(page, '/istruzioni-accesso', HelpH1.instructions);

  await page.getByRole('link', { name: 'Richiedi e gestisci il tuo PIN' }).click();
  await expect(page).toHaveURL(/\/gestisci-pin$/);
  await expect(page.getByRole('heading', { name: 'VUOI IL PIN DISPOSITIVO?' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'HAI SMARRITO IL PIN?' })).toBeVisible();
  await expectNoAxeViolations(page, '/gestisci-pin', HelpH1.manage);
  await page.getByRole('link', { name: 'RICHIEDI PIN' }).click();
  await expect(page).toHaveURL(/\/richiedi-pin$/);

  await page.goBack();
  await page.getByRole('link', { name: 'CONVERTI IL PIN' }).click();
  await expect(page).toHaveURL(/\/converti-pin$/);

  await page.goto('/gestisci-pin');
  await page.getByTestId('manage-lost').click();
  await expect(page).toHaveURL(/\/pin-smarrito$/);
  await expectNoAxeViolations(page, '/pin-smarrito', HelpH1.lost);
  await page.getByRole('link', { name: 'RIPRISTINA PIN' }).click();
  await expect(page).toHaveURL(/\/ripristina-pin$/);
  await page.goBack();
  await page.getByRole('link', { name: 'REVOCA PIN' }).click();
  await expect(page).toHaveURL(/\/revoca-pin$/);
  await page.goBack();
  await page.getByRole('link', { name: 'Attiva PIN' }).click();
  await expect(page).toHaveURL(/\/attiva-pin$/);
});

/** The ten most common questions of the test sets, and the FAQ entry each leads to. */
const COMMON: Record<Lang, [string, string][]> = {
  it: [
    ['ho perso il pin', 'lost_pin'],
    ["non mi è arrivato l'sms", 'half1_missing'],
    ['pin bloccato', 'pin_locked'],
    ['come richiedo il pin', 'request_pin'],
    ['voglio rendere il pin dispositivo', 'convert'],
    ['orari del contact center', 'hours'],
    ['numero di telefono inps', 'contact_center'],
    ['come recupero il pin', 'restore'],
    ['come cambio il pin', 'change_pin'],
    ['non è arrivata la lettera', 'half2_missing'],
  ],
  de: [
    ['ich habe die pin verloren', 'lost_pin'],
    ['die sms ist nicht angekommen', 'half1_missing'],
    ['pin gesperrt', 'pin_locked'],
    ['pin beantragen', 'request_pin'],
    ['pin umwandeln', 'convert'],
    ['öffnungszeiten des contact centers', 'hours'],
    ['telefonnummer vom inps', 'contact_center'],
    ['pin wiederherstellen', 'restore'],
    ['pin ändern', 'change_pin'],
    ['der brief ist nicht angekommen', 'half2_missing'],
  ],
  en: [
    ['i lost my pin', 'lost_pin'],
    ['the sms never arrived', 'half1_missing'],
    ['pin blocked', 'pin_locked'],
    ['how do i get a pin', 'request_pin'],
    ['convert the pin', 'convert'],
    ['is the contact center open on saturdays', 'hours'],
    ['inps phone number', 'contact_center'],
    ['restore pin', 'restore'],
    ['how do i change my pin', 'change_pin'],
    ['the letter has not arrived', 'half2_missing'],
  ],
};

/** The link under each answer: the title of the page it leads to, in each language. */
const LINK: Record<string, { url: RegExp; label: Record<Lang, string> }> = {
  lost_pin: { url: /\/pin-smarrito$/, label: { it: 'Hai smarrito il tuo PIN?', de: 'Haben Sie Ihre PIN verloren?', en: 'Lost your PIN?' } },
  half1_missing: { url: /\/supporto-tecnico$/, label: { it: 'Supporto tecnico', de: 'Technische Unterstützung', en: 'Technical support' } },
  pin_locked: { url: /\/ripristina-pin$/, label: { it: 'Ripristina PIN', de: 'PIN wiederherstellen', en: 'Restore PIN' } },
  request_pin: { url: /\/richiedi-pin$/, label: { it: 'Richiedi PIN', de: 'PIN beantragen', en: 'Request PIN' } },
  convert: { url: /\/converti-pin$/, label: { it: 'Converti il PIN', de: 'PIN umwandeln', en: 'Convert the PIN' } },
  hours: { url: /\/supporto-tecnico$/, label: { it: 'Supporto tecnico', de: 'Technische Unterstützung', en: 'Technical support' } },
  contact_center: { url: /\/supporto-tecnico$/, label: { it: 'Supporto tecnico', de: 'Technische Unterstützung', en: 'Technical support' } },
  restore: { url: /\/ripristina-pin$/, label: { it: 'Ripristina PIN', de: 'PIN wiederherstellen', en: 'Restore PIN' } },
  change_pin: { url: /\/cambia-pin$/, label: { it: 'Cambia PIN', de: 'PIN ändern', en: 'Change PIN' } },
  half2_missing: { url: /\/supporto-tecnico$/, label: { it: 'Supporto tecnico', de: 'Technische Unterstützung', en: 'Technical support' } },
};

/** The FAQ question of `lost_pin` as each language shows it (domain/src/assistant/faq.rs). */
const LOST_PIN_QUESTION: Record<Lang, string> = {
  it: 'Ho smarrito o dimenticato il PIN',
  de: 'Ich habe meine PIN verloren oder vergessen',
  en: 'I have lost or forgotten my PIN',
};

const OUT_OF_SCOPE: Record<Lang, string> = {
  it: 'che tempo fa domani a Roma',
  de: 'wie wird das Wetter morgen in Bozen',
  en: "what's the weather in Rome tomorrow",
};

for (const lang of ['it', 'de', 'en'] as const) {
  test(`the assistant answers the ten most common questions in the browser (${lang})`, async ({ page }) => {
    await page.addInitScript((l) => window.localStorage.setItem('pin-inps.lang', l), lang);
    const assistant = new AssistantPage(page);
    await assistant.goto();
    const h1 = text('help.assistant.title', lang);
    await expect(page.getByRole('heading', { level: 1, name: h1 })).toBeVisible();
    // No server round trip: the answers come from the FAQ in the page's chunk.
    // (The shell's own refresh of the simulated clock and world goes on.)
    const shell = /\/api\/v1\/sim\/(clock|status|worlds\/current)$/;
    const apiCalls: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/') && !(r.method() === 'GET' && shell.test(r.url()))) {
        apiCalls.push(`${r.method()} ${r.url()}`);
      }
    });

    for (const [question, id] of COMMON[lang]) {
      const turn = await assistant.askQuestion(question);
      await expect(turn.getByTestId('assistant-answer'), question).toHaveAttribute('data-faq', id);
      await expect(turn.getByTestId('assistant-answer-link')).toHaveText(LINK[id].label[lang]);
    }
    // The answer is in the page's language (the FAQ's own text, not Italian).
    const lost = page.locator('[data-faq="lost_pin"] .assistant-faq-question');
    await expect(lost).toHaveText(LOST_PIN_QUESTION[lang]);
    if (lang !== 'it') await expectNoItalian(page, lang, '/assistente-virtuale with answers');
    await expectNoAxeViolations(page, `/assistente-virtuale with answers (${lang})`, h1);

    const unknown = await assistant.askQuestion(OUT_OF_SCOPE[lang]);
    await expect(unknown.getByTestId('assistant-unknown')).toContainText(text('help.assistant.unknown', lang));
    await expect(unknown.getByTestId('assistant-unknown')).toContainText('803 164');
    expect(apiCalls).toEqual([]);

    // The answer's link leads to the procedure.
    const turn = await assistant.askQuestion(COMMON[lang][0][0]);
    await turn.getByTestId('assistant-answer-link').click();
    await expect(page).toHaveURL(LINK.lost_pin.url);
  });
}

test('the assistant follows a change of language, answers included', async ({ page }) => {
  await page.addInitScript(() => {
    if (!window.localStorage.getItem('pin-inps.lang')) window.localStorage.setItem('pin-inps.lang', 'it');
  });
  const assistant = new AssistantPage(page);
  await assistant.goto();
  await assistant.askQuestion('ho perso il pin');
  await expect(page.locator('[data-faq="lost_pin"] .assistant-faq-question')).toHaveText(LOST_PIN_QUESTION.it);

  // German chosen in the header: the page reloads in German and the same
  // conversation is shown with German answers; the question keeps its language.
  await page.getByTestId('lang-select').selectOption('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1, name: text('help.assistant.title', 'de') })).toBeVisible();
  const first = page.locator('.assistant-turn').first();
  await expect(first.locator('.assistant-faq-question')).toHaveText(LOST_PIN_QUESTION.de);
  await expect(first.getByTestId('assistant-answer-link')).toHaveText(LINK.lost_pin.label.de);
  await expect(first.locator('.assistant-question')).toHaveAttribute('lang', 'it');
  await expect(page.getByTestId('assistant-example').first()).toHaveText(text('help.assistant.example1', 'de'));

  // Questions are now understood in German.
  const turn = await assistant.askQuestion('PIN gesperrt, was tun?');
  await expect(turn.getByTestId('assistant-answer')).toHaveAttribute('data-faq', 'pin_locked');
  await expect(turn.getByTestId('assistant-answer-link')).toHaveText(LINK.pin_locked.label.de);
  await expectNoItalian(page, 'de', '/assistente-virtuale after the switch');

  // And in English, after switching again.
  await page.getByTestId('lang-select').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.assistant-turn').first().getByTestId('assistant-answer-link')).toHaveText(LINK.pin_locked.label.en);
  const en = await assistant.askQuestion('I forgot my PIN');
  await expect(en.getByTestId('assistant-answer')).toHaveAttribute('data-faq', 'lost_pin');
  await expect(en.locator('.assistant-faq-question')).toHaveText(LOST_PIN_QUESTION.en);
  await expectNoAxeViolations(page, '/assistente-virtuale after switching to English', text('help.assistant.title', 'en'));
});

test('the support request: each problem next to its field, then a number and an e-mail', async ({
  page,
  request,
}) => {
  await page.goto('/supporto-tecnico');
  const form = page.getByTestId('support-form');
  await page.getByTestId('support-submit').click();
  // Each missing datum is named next to its field; the first gets the focus.
  await expect(form.getByTestId('field-error-support.name')).toHaveText('Campo obbligatorio');
  await expect(form.getByTestId('field-error-support.email')).toHaveText('Campo obbligatorio');
  await expect(form.getByTestId('field-error-support.topic')).toHaveText(
    "Scegliere l'argomento della richiesta",
  );
  await expect(form.getByTestId('field-error-support.message')).toHaveText('Campo obbligatorio');
  await expect(page.getByTestId('support-name')).toBeFocused();
  await expectNoAxeViolations(page, '/supporto-tecnico (errors)', HelpH1.support);

  const email = `assistenza.${Date.now()}@example.it`;
  await page.getByTestId('support-name').fill('Rossi Mario');
  await page.getByTestId('support-email').fill('mario@');
  await page.getByTestId('support-cf').fill('RSSMRA80A01H501X');
  await page.getByTestId('support-topic').selectOption('half1_missing');
  await page.getByTestId('support-message').fill('<b>aiuto</b>');
  await page.getByTestId('support-submit').click();
  await expect(form.getByTestId('field-error-support.email')).toHaveText('Indirizzo e-mail non valido');
  await expect(form.getByTestId('field-error-support.codice_fiscale')).toContainText('Codice fiscale non valido');
  await expect(form.getByTestId('field-error-support.message')).toContainText('< e >');
  await expect(form.getByTestId('field-error-support.name')).toHaveCount(0);
  await expect(page.getByTestId('support-email')).toBeFocused();

  await page.getByTestId('support-email').fill(email);
  await page.getByTestId('support-cf').fill('');
  await page.getByTestId('support-message').fill("Sono passate 12 ore e non mi è arrivato l'SMS.");
  await page.getByTestId('support-submit').click();
  const done = page.getByTestId('support-done');
  await expect(done).toContainText(/Richiesta di assistenza AS-[0-9A-F]{8} registrata/);
  const id = (await done.innerText()).match(/AS-[0-9A-F]{8}/)![0];
  // The form is empty again, ready for another request.
  await expect(page.getByTestId('support-name')).toHaveValue('');
  await expectNoAxeViolations(page, '/supporto-tecnico (sent)', HelpH1.support);

  // The acknowledgement is in the simulator's mailbox.
  const mail = await request.get('/api/v1/sim/messages', { params: { recipient: email } });
  const inbox = await mail.json();
  expect(inbox).toHaveLength(1);
  expect(inbox[0].subject).toContain(id);
  expect(inbox[0].body).toContain('Non ho ricevuto la prima parte del PIN');
});
