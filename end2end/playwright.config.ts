import { defineConfig, devices } from '@playwright/test';
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

const chromium = {
  executablePath: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
};

export default defineConfig({
  testDir: './tests',
  // The simulated clock is global to the server: one test at a time.
  workers: 1,
  fullyParallel: false,
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
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: chromium,
      },
    },
    {
      name: 'mobile',
      use: {
        ...devices['Pixel 7'],
        launchOptions: chromium,
      },
    },
  ],
  webServer: {
    command: `"${serverBin}" serve --listen 127.0.0.1:${port} --database "sqlite://${dbFile}" --static-dir "${staticDir}" --uploads-dir "${uploadsDir}"`,
    url: `${baseURL}/api/v1/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
