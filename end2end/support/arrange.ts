// Arranging a test's starting point: the simulated clock, a citizen whose
// PIN has been issued (online or by phone), with its halves or already
// through first access and onboarding, logged in on the page, the data of
// the request form, and the back-office operator's own browser. The
// journeys under test go through the UI; this only sets the stage.
import { APIRequestContext, Browser, Page, TestInfo } from '@playwright/test';
import {
  BY_PHONE,
  ONLINE,
  START,
  Citizen,
  Contacts,
  activatePinViaApi,
  birthplace,
  newCitizen,
  pinHalvesViaApi,
  requestPinViaApi,
  setClock,
  uniqueContacts,
} from './api';
import { BackOfficePage } from '../pages/backoffice';
import { LoginPage } from '../pages/login';
import { MyInpsPage } from '../pages/myInps';
import { PersonalData, personalDataOf } from '../pages/request';
import { inOwnBrowser } from './contexts';
import { expect, test } from './fixtures';

/**
 * Every test of the calling spec file starts with the simulated clock at
 * START, whatever start date the server was given (each test's world starts
 * at the server's start date, SPEC §6's by default).
 */
export function clockAtStartBeforeEach(): void {
  test.beforeEach(async ({ request }) => {
    await setClock(request, START);
  });
}

export interface WithPin {
  citizen: Citizen;
  contacts: Contacts;
}

/**
 * A fresh registry citizen (with the registry `fields` given, e.g.
 * `{ role: 'intermediary' }`), unique contacts and a PIN requested online
 * (issued), or by phone with `byPhone` (it needs Attiva PIN before use).
 */
export async function citizenWithPin(
  request: APIRequestContext,
  { fields = {}, byPhone = false }: { fields?: Partial<Citizen>; byPhone?: boolean } = {},
): Promise<WithPin> {
  const citizen = await newCitizen(request, fields);
  const contacts = uniqueContacts();
  await requestPinViaApi(request, citizen, contacts, byPhone ? BY_PHONE : ONLINE);
  return { citizen, contacts };
}

/** As {@link citizenWithPin}, with the two halves as the person received them. */
export async function citizenWithPinHalves(
  request: APIRequestContext,
): Promise<WithPin & { half1: string; half2: string }> {
  const { citizen, contacts } = await citizenWithPin(request);
  const { half1, half2 } = await pinHalvesViaApi(request, citizen, contacts);
  return { citizen, contacts, half1, half2 };
}

/**
 * As {@link citizenWithPin}, with first access done, contacts verified and
 * the privacy notice accepted — as if they had used it before: `pin` is the
 * ordinary PIN. Only the API context's cookies are used; the page stays
 * logged out.
 */
export async function citizenWithOrdinaryPin(
  request: APIRequestContext,
  fields: Partial<Citizen> = {},
): Promise<WithPin & { pin: string }> {
  const { citizen, contacts } = await citizenWithPin(request, { fields });
  const pin = await activatePinViaApi(request, citizen, contacts);
  return { citizen, contacts, pin };
}

/** Logs in on `page` through the "/accedi" form. */
export async function loginWithPin(page: Page, cf: string, pin: string): Promise<LoginPage> {
  const login = new LoginPage(page);
  await login.goto();
  await login.login(cf, pin);
  return login;
}

/** A citizen with an ordinary PIN, logged in on `page` (MyINPS says so). */
export async function loggedInWithOrdinaryPin(
  page: Page,
  request: APIRequestContext,
): Promise<WithPin & { pin: string }> {
  const arranged = await citizenWithOrdinaryPin(request);
  await loginWithPin(page, arranged.citizen.codice_fiscale, arranged.pin);
  await expect(new MyInpsPage(page).pinType).toHaveText('PIN ordinario');
  return arranged;
}

/**
 * A fresh registry citizen (with the registry `fields` given, e.g. a
 * `residence`), unique contacts and what the person types in step 2 for them.
 */
export async function requestFormData(
  request: APIRequestContext,
  fields: Partial<Citizen> = {},
): Promise<WithPin & { data: PersonalData }> {
  const citizen = await newCitizen(request, fields);
  const contacts = uniqueContacts();
  const place = await birthplace(request, citizen.codice_fiscale);
  const data = personalDataOf(citizen, contacts, place.province);
  return { citizen, contacts, data };
}

/**
 * Runs `work` in a browser of the operator's own (a second context, the
 * same device as the test's project), on the back office page, and closes it.
 */
export async function asOperator(
  browser: Browser,
  info: TestInfo,
  work: (op: BackOfficePage) => Promise<void>,
): Promise<void> {
  await inOwnBrowser(browser, info, async (page) => {
    const op = new BackOfficePage(page);
    await op.goto();
    await work(op);
  });
}
