// Which nodes move, and by how much: every layout shift of one cold load
// (mobile viewport, slow 4G as in measure.mjs) with its nodes' rectangles.
//
//   node bench/pages/shifts.mjs http://127.0.0.1:4313/simulatore
//
// (scripts/pages-budget.sh prints only the nodes' names; this is for the
// follow-up when a route's CLS is over budget.)
import puppeteer from 'puppeteer-core';

const url = process.argv[2];
if (!url) {
  console.error('usage: shifts.mjs URL');
  process.exit(2);
}
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': 'br, gzip, deflate' } });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  await page.evaluateOnNewDocument(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__shifts.push({
          value: +e.value.toFixed(4),
          at: Math.round(e.startTime),
          nodes: e.sources.map((s) => ({
            node: s.node ? s.node.className || s.node.nodeName : null,
            text: s.node && s.node.textContent ? s.node.textContent.slice(0, 40) : null,
            from: [s.previousRect.y, s.previousRect.height],
            to: [s.currentRect.y, s.currentRect.height],
          })),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url, { waitUntil: 'networkidle0' });
  console.log(JSON.stringify(await page.evaluate(() => window.__shifts), null, 1));
} finally {
  await browser.close();
}
