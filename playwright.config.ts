import { chromium, defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, resolveChromium } from "./e2e/browser";

// scripts/test.ts prepares a throwaway database (DATABASE_URL or
// FACTDESK_DATA_DIR) and a production build, then runs Playwright; the
// server below serves that build against that database.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
// e2e/import.spec.ts serves pages to import from here; the app may fetch this one loopback host.
const fixturePort = Number(process.env.E2E_FIXTURE_PORT ?? 3190);

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  workers: 2,
  forbidOnly: true,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: { executablePath: resolveChromium(chromium.executablePath()), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "chromium", dependencies: ["setup"], use: { storageState: "test-results/.auth/demo.json" } },
  ],
  webServer: {
    // The production server `npm start` runs; stopped at the end as Ctrl-C would, so it closes in order.
    command: "node --import tsx scripts/server.ts",
    gracefulShutdown: { signal: "SIGINT", timeout: 15_000 },
    url: `${baseURL}/sign-in`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    env: {
      NODE_ENV: "production",
      PORT: String(port),
      NEXTAUTH_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
      FACTDESK_FETCH_ALLOW_HOSTS: `127.0.0.1:${fixturePort}`,
    },
  },
});
