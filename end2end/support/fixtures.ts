// The `test` of specs that also run in the static-hosting topology: the SPA
// on a plain static host (nginx), the API on another origin. `api` is a
// request context on the API — the page's own origin in the usual setup,
// the API server's when the project sets `apiURL` — so arranging and
// reading the simulator work the same in both topologies.
import { APIRequestContext, test as base } from '@playwright/test';

export interface TopologyOptions {
  /** Base URL of the API when it is not on the page's origin. */
  apiURL: string | undefined;
}

export const test = base.extend<TopologyOptions & { api: APIRequestContext }>({
  apiURL: [undefined, { option: true }],
  api: async ({ apiURL, request, playwright }, use) => {
    if (!apiURL) {
      await use(request);
      return;
    }
    const ctx = await playwright.request.newContext({ baseURL: apiURL });
    await use(ctx);
    await ctx.dispose();
  },
});

export { expect } from '@playwright/test';
