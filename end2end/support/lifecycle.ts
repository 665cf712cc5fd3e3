// Arranging lifecycle data through the JSON API: a citizen whose PIN has
// already been through first access and onboarding (verified contacts,
// privacy notice), and reading codes from the simulator's inboxes. The
// journeys under test go through the UI; this only sets the stage.
import { APIRequestContext, expect } from '@playwright/test';
import {
  Citizen,
  Contacts,
  activatePinViaApi,
  messages,
  newCitizen,
  requestPinViaApi,
  secretFor,
  uniqueContacts,
} from './api';

export interface ActiveCitizen {
  citizen: Citizen;
  contacts: Contacts;
  /** The current 8-character PIN. */
  pin: string;
}

/** Newest message to `recipient` with a secret whose subject or body contains `hint`. */
export const secretTo = secretFor;

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
  const pin = await activatePinViaApi(request, citizen, contacts);
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
