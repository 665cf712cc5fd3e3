// "Le tue attività" (issue 4) through the UI: a change, a block and the
// accesses, each with its time, event and channel.
import { expect, test } from '../support/fixtures';
import { advance, wrongLoginsViaApi } from '../support/api';
import { citizenWithOrdinaryPin, clockAtStartBeforeEach, loginWithPin } from '../support/arrange';
import { expectNoAxeViolations } from '../support/axe';
import { FRESH_PIN } from '../support/data';
import { H1 } from '../support/headings';
import { ActivityPage, ChangePinPage } from '../pages/lifecycle';
import { MyInpsPage } from '../pages/myInps';

clockAtStartBeforeEach();

test('(g) "Le tue attività" lists change, block and access with time, event and channel', async ({ page, request }) => {
  const { citizen, pin } = await citizenWithOrdinaryPin(request);
  // Arrange a block: ten wrong PINs, then the three minutes pass.
  await wrongLoginsViaApi(request, citizen.codice_fiscale);
  await advance(request, 181);
  await loginWithPin(page, citizen.codice_fiscale, pin);
  await expect(page).toHaveURL(/\/myinps$/);
  await new MyInpsPage(page).changePinLink.click();
  const change = new ChangePinPage(page);
  await change.change(pin, FRESH_PIN);
  await expect(change.done).toBeVisible();
  await change.continue.click();
  await expect(page).toHaveURL(/\/myinps$/);

  await new MyInpsPage(page).activityLink.click();
  await expect(page).toHaveURL(/\/myinps\/attivita$/);
  const act = new ActivityPage(page);
  await expect(act.rows.first()).toHaveAttribute('data-kind', 'pin_changed');
  const changed = act.row('pin_changed');
  await expect(changed).toContainText('PIN modificato');
  await expect(changed).toContainText('SMS');
  await expect(changed).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  const locked = act.row('pin_locked');
  await expect(locked).toContainText('bloccato');
  await expect(locked).toContainText('+39333****');
  await expect(act.row('login').first()).toBeVisible();
  await expect(act.row('first_access')).toHaveCount(1);
  await expectNoAxeViolations(page, '/myinps/attivita', H1.activity);
});
