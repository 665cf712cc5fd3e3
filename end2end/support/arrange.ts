// Arranging a test's starting point through the JSON API (and the login
// form): the simulated clock, a citizen whose PIN has been issued, with its
// halves or already through first access, and the data of the request form.
// The journeys under test go through the UI; this only sets the stage.
import { APIRequestContext, Page, test } from '@playwright/test';
import {
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
import { LoginPage } from '../pages/login';
import { PersonalData, personalDataOf } from '../pages/request';

/** Every test of the calling spec file starts with the simulated clock at START. */
export function clockAtStartBeforeEach(): void {
  test.beforeEach(async ({ request }) => {
    await setClock(request, START);
  });
}

/** A fresh registry citizen with unique contacts and a PIN requested online (issued). */
export async function citizenWithPin(
  request: APIRequestContext,
): Promise<{ citizen: Citizen; contacts: Contacts }> {
  const citizen = await newCitizen(request);
  const contacts = uniqueContacts();
  await requestPinViaApi(request, citizen, contacts);
  return { citizen, contacts };
}

/** As {@link citizenWithPin}, with the two halves as the person received them. */
export async function citizenWithPinHalves(
  request: APIRequestContext,
): Promise<{ citizen: Citizen; contacts: Contacts; half1: string; half2: string }> {
  const { citizen, contacts } = await citizenWithPin(request);
  const { half1, half2 } = await pinHalvesViaApi(request, citizen, contacts);
  return { citizen, contacts, half1, half2 };
}

/** As {@link citizenWithPin}, with first access done: `pin` is the ordinary PIN. */
export async function citizenWithOrdinaryPin(
  request: APIRequestContext,
): Promise<{ citizen: Citizen; contacts: Contacts; pin: string }> {
  const { citizen, contacts } = await citizenWithPin(request);
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

/**
 * A fresh registry citizen (with the registry `fields` given, e.g. a
 * `residence`), unique contacts and what the person types in step 2 for them.
 */
export async function requestFormData(
  request: APIRequestContext,
  fields: Partial<Citizen> = {},
): Promise<{ citizen: Citizen; contacts: Contacts; data: PersonalData }> {
  const citizen = await newCitizen(request, fields);
  const contacts = uniqueContacts();
  const place = await birthplace(request, citizen.codice_fiscale);
  const data = personalDataOf(citizen, contacts, place.province);
  return { citizen, contacts, data };
}
