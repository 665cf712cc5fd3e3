// The wasm files a page downloads (scripts/lib/wasm-bundles.mjs): a cold
// load of a lazy route gets the main module and its group's one merged
// bundle; its chunks one by one only when other groups already loaded some.
import { Page } from '@playwright/test';

/** File names (`app_bg.wasm`, `bundle_request.wasm`, ...) of every wasm download from now on, in order. */
export function wasmDownloads(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (r) => {
    const m = /\/([^/]+\.wasm)(?:\?|$)/.exec(r.url());
    if (m) names.push(m[1]);
  });
  return names;
}
