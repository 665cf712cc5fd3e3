// Arranging lifecycle data through the JSON API: a citizen whose PIN has
// already been through first access and onboarding (verified contacts,
// privacy notice), and reading codes from the simulator's inboxes. The
// journeys under test go through the UI; this only sets the stage.
import { APIRequestContext, expect } from '@playwright/test';
import { Citizen, Contacts, messages, newCitizen, requestPinViaApi, uniqueContacts } from './api';

export interface ActiveCitizen {
  citizen: Citizen;
  contacts: Contacts;
  /** The current 8-character PIN. */
  pin: string;
}

/** Newest message to `recipient` with a secret whose subject or body contains `hint`. */
export async function secretTo(
  request: APIRequestContext,
  recipient: string,
  hint: string,
): Promise<string> {
  const list = await messages(request, recipient);
  const m = list.find((x) => x.secret && (x.subject.includes(hint) || x.body.includes(hint)));
  expect(m, `no message with "${hint}" to ${recipient}: ${JSON.stringify(list)}`).toBeTruthy();
  return m!.secret!;
}

/** Advances the simulated clock by `seconds`. */
export async function advance(request: APIRequestContext, seconds: number): Promise<void> {
  const res = await request.post('/api/v1/sim/clock', { data: { advance_seconds: seconds } });
  expect(res.status(), await res.text()).toBe(200);
}

/** Half 2 from the letterbox of `cf` once the letter has arrived (≤ 20 days). */
export async function letterHalf(request: APIRequestContext, cf: string): Promise<string> {
  await advance(request, 21 * 86_400);
  const letters = await messages(request, cf);
  expect(letters[0]?.secret, JSON.stringify(letters)).toBeTruthy();
  return letters[0].secret!;
}

/**
 * A citizen (optionally with registry `fields`, e.g. `{ role: 'intermediary' }`)
 * with a PIN requested, first access done, contacts verified and privacy
 * notice accepted — as if they had used it before. Uses its own API context
 * cookies only; the browser page stays logged out.
 */
export async function activeCitizen(
  request: APIRequestContext,
  fields: Record<string, unknown> = {},
): Promise<ActiveCitizen> {
  const citizen = await newCitizen(request, fields as Partial<Citizen>);
  const contacts = uniqueContacts();
  await requestPinViaApi(request, citizen, contacts);
  const half1 = await secretTo(request, contacts.mobile, 'prima parte');
  const half2 = await letterHalf(request, citizen.codice_fiscale);
  const login = await request.post('/api/v1/session', {
    data: { codice_fiscale: citizen.codice_fiscale, pin: half1 + half2 },
  });
  expect(login.status(), await login.text()).toBe(200);
  const first = await request.post('/api/v1/pin/first-access', { data: {} });
  expect(first.status(), await first.text()).toBe(200);
  const pin: string = (await first.json()).new_pin;
  const sms = await secretTo(request, contacts.mobile, 'verifica');
  const mail = await secretTo(request, contacts.email, 'Verifica');
  const verified = await request.post('/api/v1/pin/verify-contacts', {
    data: { codes: { mobile: sms, email: mail } },
  });
  expect(verified.status(), await verified.text()).toBe(200);
  const privacy = await (await request.get('/api/v1/privacy')).json();
  const accepted = await request.post('/api/v1/pin/privacy', { data: { version: privacy.version } });
  expect(accepted.status(), await accepted.text()).toBe(200);
  await request.delete('/api/v1/session');
  return { citizen, contacts, pin };
}

/** Files a PIN request "by phone" (Contact Center): it needs Attiva PIN before use. */
export async function phoneRequestViaApi(
  request: APIRequestContext,
  citizen: Citizen,
  contacts: Contacts,
): Promise<void> {
  await requestPinViaApi(request, citizen, contacts, '/api/v1/sim/phone-requests');
}

/** The simulated now moved by whole calendar months and days (UTC), as ISO. */
export function monthsLater(from: Date, months: number, days = 0): Date {
  const d = new Date(from.getTime());
  d.setUTCMonth(d.getUTCMonth() + months);
  d.setUTCDate(d.getUTCDate() + days);
  return d;
}

/** `GG/MM/AAAA` of a date in Rome. */
export function itDate(d: Date): string {
  return d.toLocaleDateString('it-IT', {
    timeZone: 'Europe/Rome',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });
}
