import { defineConfig, devices } from '@playwright/test';
import type { TopologyOptions } from './support/fixtures';
import * as os from 'node:os';
import * as path from 'node:path';

// The server the tests talk to: the debug build made by the lead's test script
// (`cargo build -p server` + `scripts/build-app.sh`), on a fresh SQLite file
// per run so that nothing leaks from one run into the next.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const targetDir = process.env.CARGO_TARGET_DIR ?? '/root/.cache/pin-inps/target';
const serverBin = process.env.E2E_SERVER_BIN ?? path.join(targetDir, 'debug', 'server');
const staticDir = process.env.E2E_STATIC_DIR ?? path.resolve(__dirname, '..', 'dist');
// Computed once in the runner process (webServer is started there only).
const runId = `${process.pid}-${Date.now()}`;
const dbFile = path.join(os.tmpdir(), `pin-inps-e2e-${runId}.db`);
// Uploaded files (PIN dispositivo) go beside the database, not into the clone.
const uploadsDir = path.join(os.tmpdir(), `pin-inps-e2e-${runId}-uploads`);
// Argon2id at the test cost of the server's own integration tests (64 KiB,
// one pass): at the real cost (19 456 KiB, two passes) a debug build takes
// about 0.5 s per hash, and each test's world hashes the seeded operators'
// passwords when it is made. E2E_ARGON2=real keeps the real cost
// (bench/login.sh measures logins at it).
const argon2 = process.env.E2E_ARGON2 === 'real' ? '' : ' --argon2-memory-kib 64 --argon2-iterations 1';

// The static-hosting topology: the same build, prepared by
// scripts/prepare-static.sh, served by nginx (not our server) on one port,
// and the API alone (`server serve` without --static-dir) on another, with
// --cors-origin naming the static host. Same site (one host, two ports), so
// the SameSite=Strict session cookie travels with CORS credentials.
const staticPort = port + 1;
const apiPort = port + 2;
const staticURL = `http://127.0.0.1:${staticPort}`;
const apiURL = `http://127.0.0.1:${apiPort}`;
const staticRoot = path.join(os.tmpdir(), `pin-inps-e2e-${runId}-static`);
const apiDb = path.join(os.tmpdir(), `pin-inps-e2e-${runId}-api.db`);
const staticSpecs = /(journey|static-hosting)\.spec\.ts$/;

const chromium = {
  executablePath: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
};

export default defineConfig<TopologyOptions>({
  testDir: './tests',
  // Each test runs in a simulation world of its own (support/fixtures.ts):
  // its own clock, registry and inboxes, so tests run in parallel, each file's
  // tests too. E2E_WORKERS overrides the count (README "Tests": measured on
  // the 2-core machine).
  workers: Number(process.env.E2E_WORKERS ?? 2),
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: 'it-IT',
    timezoneId: 'Europe/Rome',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: /static-hosting\.spec\.ts$/,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: chromium,
      },
    },
    {
      name: 'mobile',
      testIgnore: /static-hosting\.spec\.ts$/,
      use: {
        ...devices['Pixel 7'],
        launchOptions: chromium,
      },
    },
    {
      name: 'static-desktop',
      testMatch: staticSpecs,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: chromium,
        baseURL: staticURL,
        apiURL,
      },
    },
    {
      name: 'static-mobile',
      testMatch: staticSpecs,
      use: {
        ...devices['Pixel 7'],
        launchOptions: chromium,
        baseURL: staticURL,
        apiURL,
      },
    },
  ],
  webServer: [
    {
      command: `"${serverBin}" serve --listen 127.0.0.1:${port} --database "sqlite://${dbFile}" --static-dir "${staticDir}" --uploads-dir "${uploadsDir}"${argon2}`,
      url: `${baseURL}/api/v1/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `"${serverBin}" serve --listen 127.0.0.1:${apiPort} --database "sqlite://${apiDb}" --uploads-dir "${uploadsDir}-api" --cors-origin ${staticURL}${argon2}`,
      url: `${apiURL}/api/v1/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `DIST_DIR="${staticDir}" bash ../scripts/prepare-static.sh ${apiURL} "${staticRoot}" && exec bash static/nginx.sh ${staticPort} "${staticRoot}"`,
      url: `${staticURL}/index.html`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
