// The one `test` every spec imports. Each test runs in a simulation world of
// its own (API.md "Simulation worlds"): its own clock, registry (seeded with
// the same synthetic citizens, Mario Rossi first), inboxes, sessions and
// operator queues, made before the test and ended after it. So tests run in
// parallel workers without seeing each other, and a test that jumps six
// months ahead moves only its own clock.
//
// - `world` (automatic): the test's world, made through the API.
// - `context` / `page`: the browser joins the world by the cookie the
//   server sets at `/mondo/{join_code}` (`pin_inps_world`).
// - `request`: an API context that names the world with `X-Sim-World`.
// - `api`: `request` in the usual set-up; in the static-hosting topology
//   (the SPA on a plain static host, the API on another origin, the
//   project's `apiURL`) a request context on the API server, in the world.
// A second person's browser (support/contexts.ts) joins the same world.
import { APIRequestContext, BrowserContext, TestInfo, expect, test as base } from '@playwright/test';

export interface TopologyOptions {
  /** Base URL of the API when it is not on the page's origin. */
  apiURL: string | undefined;
}

/** A test's simulation world. */
export interface World {
  id: string;
  joinCode: string;
  /** Origin of the server that holds the world (the one the SPA calls). */
  origin: string;
}

const WORLD_COOKIE = 'pin_inps_world';
const WORLD_HEADER = 'X-Sim-World';

// A worker runs one test at a time; kept for helpers that receive only the
// TestInfo (a second person's browser context).
const worlds = new Map<string, World>();

/** The world of the running test `info`. */
export function worldOf(info: TestInfo): World {
  const w = worlds.get(info.testId);
  if (!w) throw new Error(`no simulation world for "${info.title}"`);
  return w;
}

/** Puts every page of `context` in `world`, as joining at /mondo/{code} does. */
export async function joinWorld(context: BrowserContext, world: World): Promise<void> {
  await context.addCookies([
    {
      name: WORLD_COOKIE,
      value: world.id,
      url: world.origin,
      httpOnly: true,
      sameSite: 'Strict',
    },
  ]);
}

/** Headers that put an API request in `world`. */
export function worldHeaders(world: World, headers: Record<string, string> = {}): Record<string, string> {
  return { ...headers, [WORLD_HEADER]: world.id };
}

export const test = base.extend<TopologyOptions & { world: World; api: APIRequestContext }>({
  apiURL: [undefined, { option: true }],
  world: [
    async ({ apiURL, baseURL, playwright }, use, info) => {
      const origin = new URL(apiURL ?? baseURL ?? '').origin;
      const admin = await playwright.request.newContext({ baseURL: origin });
      const made = await admin.post('/api/v1/sim/worlds', {
        data: { name: `e2e ${info.project.name}: ${info.title}`.slice(0, 80) },
      });
      expect(made.status(), await made.text()).toBe(201);
      const body = await made.json();
      const world: World = { id: body.id, joinCode: body.join_code, origin };
      worlds.set(info.testId, world);
      try {
        await use(world);
      } finally {
        worlds.delete(info.testId);
        const ended = await admin.delete(`/api/v1/sim/worlds/${world.id}`);
        expect(ended.status(), await ended.text()).toBe(204);
        await admin.dispose();
      }
    },
    { auto: true },
  ],
  context: async ({ context, world }, use) => {
    await joinWorld(context, world);
    await use(context);
  },
  request: async ({ playwright, baseURL, extraHTTPHeaders, world }, use) => {
    const ctx = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: worldHeaders(world, extraHTTPHeaders),
    });
    await use(ctx);
    await ctx.dispose();
  },
  api: async ({ apiURL, request, playwright, extraHTTPHeaders, world }, use) => {
    if (!apiURL) {
      await use(request);
      return;
    }
    const ctx = await playwright.request.newContext({
      baseURL: apiURL,
      extraHTTPHeaders: worldHeaders(world, extraHTTPHeaders),
    });
    await use(ctx);
    await ctx.dispose();
  },
});

export { expect } from '@playwright/test';
