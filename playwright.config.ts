import { defineConfig } from "@playwright/test";
import { e2ePort as port, e2eSmtpPort } from "./tests/e2e/support/smtp-port";

// End-to-end tests run in Debian's Chromium (downloading Playwright's own browser is not possible offline) against the
// production build. `npm test` builds, prepares a fresh seeded PostgreSQL database and sets DATABASE_URL. The server's
// mail goes over SMTP to a server the full-loop spec runs in the test process (tests/support/smtp-server.ts).

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  // A journey with several axe checks takes 10-30 s on two busy cores; 30 s left no room (one CI run timed out at 30 s).
  timeout: 60_000,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "da-DK",
    timezoneId: "Europe/Copenhagen",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    // The production server entry. The test runner plays the city's reverse proxy: its X-Forwarded-For (a client's
    // address per story) is trusted from 127.0.0.1 only; tests/e2e/client-address.spec.ts connects from other
    // loopback addresses, which are not trusted, as a client would (docs/decisions/007-client-address.md).
    command: `node scripts/serve.mjs -p ${port}`,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: "1", PORTAL_DEMO: "true", SMTP_URL: `smtp://127.0.0.1:${e2eSmtpPort}`, PORTAL_URL: `http://127.0.0.1:${port}`, TRUSTED_PROXIES: "127.0.0.1" },
  },
});
