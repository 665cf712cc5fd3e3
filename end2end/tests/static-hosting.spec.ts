// The SPA on a plain static host (nginx) with the API on another origin
// (projects static-desktop/-mobile; the whole citizen journey also runs
// there, see journey.spec.ts): deep links open the app, and the API refuses
// every origin it was not configured for — CORS and CSRF alike.
import { expect, test } from '../support/fixtures';
import { H1 } from '../support/headings';

test('a deep link opened directly on the static host loads the app', async ({ page }) => {
  await page.goto('/richiedi-pin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(H1.request);
  // The page talks to the API on its own origin: the simulated date arrives.
  await expect(page.getByTestId('sim-date')).toHaveText(/^\d{2}\/\d{2}\/\d{4}/);
});

test('the API answers CORS for the static host only, and refuses other origins', async ({
  api,
  baseURL,
}) => {
  const allowed = baseURL!.replace(/\/$/, '');
  const preflight = (origin: string) =>
    api.fetch('/api/v1/session', {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
  const ok = await preflight(allowed);
  expect(ok.headers()['access-control-allow-origin']).toBe(allowed);
  expect(ok.headers()['access-control-allow-credentials']).toBe('true');
  expect(Number(ok.headers()['access-control-max-age'])).toBeGreaterThan(0);
  const foreign = await preflight('http://evil.example');
  expect(foreign.headers()['access-control-allow-origin']).toBeUndefined();

  // A state change from a foreign origin is refused by the CSRF check; from
  // the static host it goes through.
  const refused = await api.delete('/api/v1/session', {
    headers: { Origin: 'http://evil.example', 'Sec-Fetch-Site': 'cross-site' },
  });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).code).toBe('CSRF');
  const accepted = await api.delete('/api/v1/session', {
    headers: { Origin: allowed, 'Sec-Fetch-Site': 'same-site' },
  });
  expect(accepted.status()).toBe(204);
});
