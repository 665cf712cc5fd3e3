// Issue 14: the portal's help pages, its options pages and the virtual
// assistant, reached by their seed labels from the login page; axe on each.
import { expect, test } from '../support/fixtures';
import { clockAtStartBeforeEach } from '../support/arrange';
import { expectNoAxeViolations } from '../support/axe';
import { LoginPage } from '../pages/login';
import { AssistantPage, HelpH1 } from '../pages/help';

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

test('the assistant answers common questions in the browser, with a link', async ({ page }) => {
  const assistant = new AssistantPage(page);
  await assistant.goto();
  // No server round trip: the answers come from the FAQ in the page's chunk.
  const apiCalls: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/')) apiCalls.push(r.url());
  });

  const cases: [string, string, RegExp][] = [
    ['ho perso il pin', 'Hai smarrito il tuo PIN?', /\/pin-smarrito$/],
    ["non mi è arrivato l'sms", 'Supporto tecnico', /\/supporto-tecnico$/],
    ['pin bloccato', 'Ripristina PIN', /\/ripristina-pin$/],
    ['come richiedo il pin', 'Richiedi PIN', /\/richiedi-pin$/],
    ['voglio rendere il pin dispositivo', 'Converti il PIN', /\/converti-pin$/],
    ['orari del contact center', 'Supporto tecnico', /\/supporto-tecnico$/],
  ];
  for (const [question, label] of cases) {
    const turn = await assistant.askQuestion(question);
    await expect(turn.getByTestId('assistant-answer')).toBeVisible();
    await expect(turn.getByTestId('assistant-answer-link')).toHaveText(label);
  }
  await expectNoAxeViolations(page, '/assistente-virtuale with answers', HelpH1.assistant);

  const unknown = await assistant.askQuestion('che tempo fa domani a Roma');
  await expect(unknown.getByTestId('assistant-unknown')).toContainText('803 164');
  expect(apiCalls).toEqual([]);

  // The answer's link leads to the procedure.
  const turn = await assistant.askQuestion('ho dimenticato il pin');
  await turn.getByTestId('assistant-answer-link').click();
  await expect(page).toHaveURL(cases[0][2]);
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
