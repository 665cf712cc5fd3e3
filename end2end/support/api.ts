// The JSON API (shared/API.md) as the tests use it to set the stage: the
// simulated clock, registry citizens, PIN requests, and what the delivery
// simulator holds. Journeys themselves go through the UI; this is only for
// set-up and for facts a person would know (their own birthplace, a PIN
// already assigned). Composite set-ups are in `arrange.ts`.
import { APIRequestContext, expect } from '@playwright/test';

export interface Citizen {
  codice_fiscale: string;
  surname: string;
  name: string;
  sex: 'M' | 'F';
  birth_date: string; // YYYY-MM-DD
  birthplace_code: string;
  residence: { address: string; civic: string; province: string; comune: string; cap: string };
  tessera_sanitaria: { number: string; expiry: string };
  role?: 'citizen' | 'intermediary';
}

export interface Contacts {
  mobile: string;
  email: string;
}

export interface SimMessage {
  id: string;
  channel: 'sms' | 'email' | 'pec' | 'post' | 'call';
  recipient: string;
  subject: string;
  body: string;
  secret: string | null;
  sent_at: string;
  delivered_at: string | null;
}

/** Default simulated start of the journeys (SPEC §6). */
export const START = '2020-04-01T09:00:00Z';

/** Where a PIN request is filed: online, or "by phone" (Contact Center). */
export const ONLINE = '/api/v1/pin-requests';
export const BY_PHONE = '/api/v1/sim/phone-requests';

export async function setClock(request: APIRequestContext, iso: string): Promise<string> {
  const res = await request.post('/api/v1/sim/clock', { data: { set: iso } });
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()).now;
}

export async function getClock(request: APIRequestContext): Promise<Date> {
  const res = await request.get('/api/v1/sim/clock');
  expect(res.status()).toBe(200);
  return new Date((await res.json()).now);
}

/** Advances the simulated clock by `seconds`. */
export async function advance(request: APIRequestContext, seconds: number): Promise<void> {
  const res = await request.post('/api/v1/sim/clock', { data: { advance_seconds: seconds } });
  expect(res.status(), await res.text()).toBe(200);
}

/** A new synthetic registry citizen, every field generated unless given. */
export async function newCitizen(
  request: APIRequestContext,
  fields: Partial<Citizen> = {},
): Promise<Citizen> {
  const res = await request.post('/api/v1/sim/citizens', { data: fields });
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}

let counter = 0;
/** Contacts nobody else in the test's world uses, so an inbox shows only what it arranged. */
export function uniqueContacts(): Contacts {
  counter += 1;
  const n = `${Date.now() % 10_000_000}`.padStart(7, '0');
  const suffix = `${(counter % 100).toString().padStart(2, '0')}`;
  const mobile = `+39333${n.slice(-5)}${suffix}`; // +39 3 + 9 digits
  return { mobile, email: `e2e.${n}.${counter}@example.it` };
}

/** Birthplace facts (province or foreign state) the person knows; decoded from their CF. */
export async function birthplace(
  request: APIRequestContext,
  cf: string,
): Promise<{ code: string; name: string; province: string | null }> {
  const res = await request.get(`/api/v1/codice-fiscale/${cf}`);
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.valid, JSON.stringify(body)).toBe(true);
  return body.decoded.birthplace;
}

/**
 * Arranges an already-issued PIN for `citizen` (not the journey under test).
 * `endpoint` is where the request is filed: {@link ONLINE} by default.
 */
export async function requestPinViaApi(
  request: APIRequestContext,
  citizen: Citizen,
  contacts: Contacts,
  endpoint = ONLINE,
): Promise<void> {
  const res = await request.post(endpoint, {
    data: {
      codice_fiscale: citizen.codice_fiscale,
      residence_type: 'italia',
      personal: {
        surname: citizen.surname,
        name: citizen.name,
        birth_date: citizen.birth_date,
        sex: citizen.sex,
        birthplace_code: citizen.birthplace_code,
      },
      residence: citizen.residence,
      contacts: {
        home_phone: null,
        mobile: contacts.mobile,
        email: contacts.email,
        pec: null,
        preferred_phone: 'mobile',
        preferred_time: '09-13',
      },
    },
  });
  expect(res.status(), await res.text()).toBe(201);
}

/** `times` wrong PINs typed for `cf` (10 block a PIN): each refused, 401 or 423. */
export async function wrongLoginsViaApi(
  request: APIRequestContext,
  cf: string,
  times = 10,
): Promise<void> {
  for (let i = 0; i < times; i++) {
    const res = await request.post('/api/v1/session', {
      data: { codice_fiscale: cf, pin: `WRONGPIN${i}` },
    });
    expect([401, 423]).toContain(res.status());
  }
}

export async function messages(request: APIRequestContext, recipient: string): Promise<SimMessage[]> {
  const res = await request.get('/api/v1/sim/messages', { params: { recipient } });
  expect(res.status()).toBe(200);
  return res.json();
}

/** Newest message to `recipient` with a secret whose subject or body contains `hint`. */
export async function secretFor(request: APIRequestContext, recipient: string, hint: string): Promise<string> {
  const list = await messages(request, recipient);
  const m = list.find((x) => x.secret && (x.subject.includes(hint) || x.body.includes(hint)));
  expect(m, `no message with "${hint}" to ${recipient}: ${JSON.stringify(list)}`).toBeTruthy();
  return m!.secret!;
}

/**
 * Half 2 from the letterbox of `cf` once the letter has arrived: the
 * simulated clock moves 21 days (the post delay is at most 20).
 */
export async function letterHalf(request: APIRequestContext, cf: string): Promise<string> {
  await advance(request, 21 * 86_400);
  const letters = await messages(request, cf);
  expect(letters[0]?.secret, JSON.stringify(letters)).toBeTruthy();
  return letters[0].secret!;
}

/**
 * The two halves of a PIN requested online with `requestPinViaApi`: half 1
 * from the SMS, half 2 from the letter ({@link letterHalf}: do this before
 * any browser login).
 */
export async function pinHalvesViaApi(
  request: APIRequestContext,
  citizen: Citizen,
  contacts: Contacts,
): Promise<{ half1: string; half2: string }> {
  const half1 = await secretFor(request, contacts.mobile, 'prima parte');
  const half2 = await letterHalf(request, citizen.codice_fiscale);
  return { half1, half2 };
}

/**
 * First access, contacts verified and privacy notice accepted through the API
 * (as if the citizen had used the PIN before); returns the current
 * 8-character PIN. The API context is logged out again.
 */
export async function activatePinViaApi(
  request: APIRequestContext,
  citizen: Citizen,
  contacts: Contacts,
): Promise<string> {
  const { half1, half2 } = await pinHalvesViaApi(request, citizen, contacts);
  const login = await request.post('/api/v1/session', {
    data: { codice_fiscale: citizen.codice_fiscale, pin: half1 + half2 },
  });
  expect(login.status(), await login.text()).toBe(200);
  const first = await request.post('/api/v1/pin/first-access', { data: {} });
  expect(first.status(), await first.text()).toBe(200);
  const pin: string = (await first.json()).new_pin;
  const sms = await secretFor(request, contacts.mobile, 'verifica');
  const mail = await secretFor(request, contacts.email, 'Verifica');
  const verified = await request.post('/api/v1/pin/verify-contacts', {
    data: { codes: { mobile: sms, email: mail } },
  });
  expect(verified.status(), await verified.text()).toBe(200);
  const privacy = await (await request.get('/api/v1/privacy')).json();
  const accepted = await request.post('/api/v1/pin/privacy', { data: { version: privacy.version } });
  expect(accepted.status(), await accepted.text()).toBe(200);
  await request.delete('/api/v1/session');
  return pin;
}
