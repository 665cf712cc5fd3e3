// Page budgets of issue 10, measured in Chromium against a running server.
//
//   node bench/pages/measure.mjs --base http://127.0.0.1:4313 \
//     [--routes /,/accedi] [--lighthouse /,/richiedi-pin,/accedi] \
//     [--reference /reference.html] [--json out.json]
//
// For every route, in a fresh browser context (cold cache, no cookies),
// mobile viewport (412x823, as Lighthouse's mobile preset) and a slow-4G
// network (150 ms RTT, 1.6 Mbit/s down, so that the shell paints before the
// route's chunks arrive, as on a phone):
//   - bytes over the wire until the page settles (no request in flight for
//     1 s after `load`): every response's encoded length with headers —
//     document, CSS, JS, wasm, fonts and API answers;
//   - requests started before the first contentful paint (the document
//     included);
//   - CLS: the sum of every layout shift without recent input (stricter
//     than Chrome's session windows).
// Both passes send `Accept-Encoding: br, gzip, deflate` explicitly (what
// Chromium sends to HTTPS and loopback origins), so that the byte figures are
// the brotli ones whatever the origin.
// Then Lighthouse 12 (default mobile config, simulated throttling, one run
// per route): performance, accessibility, best practices.
// Prints one table against the budgets and exits 1 when a figure is over.
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const { values: opts } = parseArgs({
  options: {
    base: { type: 'string' },
    routes: { type: 'string', default: '/,/richiedi-pin,/accedi,/simulatore,/myinps,/converti-pin,/backoffice' },
    lighthouse: { type: 'string', default: '/,/richiedi-pin,/accedi' },
    reference: { type: 'string', default: '' },
    json: { type: 'string', default: '' },
  },
});
if (!opts.base) {
  console.error('usage: measure.mjs --base http://127.0.0.1:PORT [--routes ...] [--lighthouse ...]');
  process.exit(2);
}
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking'];
const list = (s) => s.split(',').map((r) => r.trim()).filter(Boolean);
const routes = list(opts.routes);
const lhRoutes = list(opts.lighthouse);

export const BUDGET = {
  bytes: 250 * 1024,
  requestsBeforePaint: 10,
  cls: 0.02,
  performance: 0.95,
  accessibility: 1,
  bestPractices: 1,
};

// What the build fails on: the goals above where they are met (requests
// before paint, CLS, accessibility, best practices), and a ceiling just
// beyond today's figures where they are not yet (issue 10 is open for
// those: bytes, 222-254 KB on the lazy routes on 2026-12-02; Lighthouse
// performance, 0.84-0.98 with other builds loading the machine, and down
// to 0.65 with a Playwright run beside it: its TBT follows the machine's
// load, so its ceiling stays loose), so a page that gets worse fails the
// test command while the table keeps showing every figure against the goals.
export const GATE = {
  bytes: 270 * 1024,
  requestsBeforePaint: BUDGET.requestsBeforePaint,
  cls: BUDGET.cls,
  performance: 0.75,
  accessibility: BUDGET.accessibility,
  bestPractices: BUDGET.bestPractices,
};

const SETTLE_MS = 1000;
const ACCEPT_ENCODING = { 'Accept-Encoding': 'br, gzip, deflate' };
const TIMEOUT_MS = 60000;

async function measureRoute(browser, path) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.setExtraHTTPHeaders', { headers: ACCEPT_ENCODING });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  await page.evaluateOnNewDocument(() => {
    window.__cls = 0;
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        window.__cls += e.value;
        window.__shifts.push({
          value: e.value,
          at: Math.round(e.startTime),
          sources: (e.sources || []).map((s) => (s.node && s.node.nodeName ? `${s.node.nodeName.toLowerCase()}${s.node.className ? '.' + String(s.node.className).split(' ').join('.') : ''}` : '?')),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });

  const inflight = new Map();
  const requests = [];
  let bytes = 0;
  let lastActivity = Date.now();
  const errors = [];
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.startsWith('data:')) return;
    inflight.set(e.requestId, e.request.url);
    if (!e.redirectResponse) requests.push(e.request.url);
    lastActivity = Date.now();
  });
  cdp.on('Network.loadingFinished', (e) => {
    if (!inflight.has(e.requestId)) return;
    inflight.delete(e.requestId);
    bytes += e.encodedDataLength;
    lastActivity = Date.now();
  });
  cdp.on('Network.loadingFailed', (e) => {
    if (!inflight.has(e.requestId)) return;
    errors.push(`${inflight.get(e.requestId)}: ${e.errorText}`);
    inflight.delete(e.requestId);
    lastActivity = Date.now();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));

  await page.goto(opts.base + path, { waitUntil: 'load', timeout: TIMEOUT_MS });
  const deadline = Date.now() + TIMEOUT_MS;
  // Settled: nothing in flight, and nothing new for SETTLE_MS.
  while (!(inflight.size === 0 && Date.now() - lastActivity >= SETTLE_MS)) {
    if (Date.now() > deadline) throw new Error(`${path}: never settled (${[...inflight.values()].join(', ')})`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const paint = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const at = fcp ? fcp.startTime : Infinity;
    const before = performance.getEntriesByType('resource').filter((r) => r.startTime < at);
    return {
      fcp: fcp ? Math.round(fcp.startTime) : null,
      before: before.map((r) => r.name),
      cls: window.__cls,
      shifts: window.__shifts,
      heading: (document.querySelector('main h1') || {}).textContent || null,
    };
  });
  await context.close();
  return {
    path,
    bytes,
    requests: requests.length,
    requestsBeforePaint: paint.before.length + 1,
    beforePaint: paint.before,
    fcpMs: paint.fcp,
    cls: paint.cls,
    shifts: paint.shifts,
    heading: paint.heading,
    errors,
  };
}

async function runLighthouse(paths) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...FLAGS] });
  const out = {};
  try {
    for (const path of paths) {
      const result = await lighthouse(opts.base + path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
        extraHeaders: ACCEPT_ENCODING,
      });
      const lhr = result.lhr;
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id);
      out[path] = {
        performance: lhr.categories.performance.score,
        accessibility: lhr.categories.accessibility.score,
        bestPractices: lhr.categories['best-practices'].score,
        fcpMs: Math.round(lhr.audits['first-contentful-paint'].numericValue),
        lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
        tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        failing,
        runtimeError: lhr.runtimeError ? lhr.runtimeError.message : null,
      };
    }
  } finally {
    await chrome.kill();
  }
  return out;
}

const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
const pages = [];
try {
  for (const path of [...(opts.reference ? [opts.reference] : []), ...routes]) {
    pages.push(await measureRoute(browser, path));
  }
} finally {
  await browser.close();
}
const lh = await runLighthouse([...(opts.reference ? [opts.reference] : []), ...lhRoutes]);

// ------------------------------------------------------------------ table
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const score = (s) => (s === null || s === undefined ? '—' : s.toFixed(2));
const rows = [];
let over = 0;
const mark = (ok) => {
  if (!ok) over += 1;
  return ok ? '' : ' ✗';
};
let routesOver = 0;
let gateFailures = 0;
const gateMisses = [];
for (const p of pages) {
  const ref = p.path === opts.reference;
  const l = lh[p.path];
  const before = gateFailures;
  const check = (ok) => (ref ? '' : mark(ok));
  if (!ref) {
    const gate = [
      ['bytes', p.bytes <= GATE.bytes],
      ['requests before paint', p.requestsBeforePaint <= GATE.requestsBeforePaint],
      ['CLS', p.cls <= GATE.cls],
      ['LH performance', !l || l.performance >= GATE.performance],
      ['LH accessibility', !l || l.accessibility >= GATE.accessibility],
      ['LH best practices', !l || l.bestPractices >= GATE.bestPractices],
    ];
    for (const [what, ok] of gate) {
      if (!ok) {
        gateFailures += 1;
        gateMisses.push(`${p.path}: ${what}`);
      }
    }
  }
  rows.push([
    ref ? `${p.path} (reference)` : p.path,
    kb(p.bytes) + check(p.bytes <= BUDGET.bytes),
    String(p.requests),
    String(p.requestsBeforePaint) + check(p.requestsBeforePaint <= BUDGET.requestsBeforePaint),
    p.cls.toFixed(3) + check(p.cls <= BUDGET.cls),
    l ? score(l.performance) + check(l.performance >= BUDGET.performance) : '',
    l ? score(l.accessibility) + check(l.accessibility >= BUDGET.accessibility) : '',
    l ? score(l.bestPractices) + check(l.bestPractices >= BUDGET.bestPractices) : '',
    l ? `${l.fcpMs} / ${l.lcpMs} / ${l.tbtMs}` : '',
  ]);
  if (gateFailures > before) routesOver += 1;
}
const head = ['route', 'bytes', 'requests', 'before paint', 'CLS', 'LH perf', 'LH a11y', 'LH best pr.', 'LH FCP/LCP/TBT ms'];
const budget = ['budget', `≤ ${kb(BUDGET.bytes)}`, '', `≤ ${BUDGET.requestsBeforePaint}`, `≤ ${BUDGET.cls}`, `≥ ${BUDGET.performance}`, '1.00', '1.00', ''];
const all = [head, budget, ...rows];
const widths = head.map((_, i) => Math.max(...all.map((r) => [...r[i]].length)));
const line = (r) => '| ' + r.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join(' | ') + ' |';
console.log(line(head));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const r of all.slice(1)) console.log(line(r));

for (const p of pages) {
  if (p.errors.length) console.log(`\n${p.path}: browser errors:\n  ${p.errors.join('\n  ')}`);
  if (p.cls > BUDGET.cls) console.log(`\n${p.path}: layout shifts: ${JSON.stringify(p.shifts)}`);
  if (p.requestsBeforePaint > BUDGET.requestsBeforePaint) {
    const names = p.beforePaint.map((u) => new URL(u).pathname.replace(/^\/pkg\/[0-9a-f]+\//, ''));
    const shown = names.length > 14 ? [...names.slice(0, 14), `… ${names.length - 14} more`] : names;
    console.log(`\n${p.path}: started before first paint (${p.fcpMs} ms): ${shown.join(' ')}`);
  }
}
for (const [path, l] of Object.entries(lh)) {
  if (l.runtimeError) console.log(`\n${path}: Lighthouse error: ${l.runtimeError}`);
  if (l.failing.length) console.log(`\n${path}: Lighthouse audits not passed: ${l.failing.join(', ')}`);
}
if (opts.json) writeFileSync(opts.json, JSON.stringify({ budget: BUDGET, pages, lighthouse: lh }, null, 2));
console.log(over ? `\npages: ${over} figure(s) over the issue's budget (✗)` : '\npages: every figure within budget');
if (gateMisses.length) console.log(`pages: worse than the gate (${JSON.stringify(GATE)}): ${gateMisses.join('; ')}`);
// One line per run for scripts/test.sh: a route is passed when all its
// figures are within the gate.
console.log(`pages result: ${routes.length - routesOver} passed, ${routesOver} failed`);
process.exit(gateFailures ? 1 : 0);
