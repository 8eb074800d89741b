import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./scripts/chromium.mjs";

// The browser tests run against `astro preview` of the real build in dist/.
const PORT = Number(process.env.PREVIEW_PORT ?? 4322);
const BASE_PATH = process.env.BASE_PATH || "/";
// Installing a browser is the machine's business (CI's .ci/run does it): with none, the global
// setup says how to get one and installs nothing.
const chromium = await findChromium();

export default defineConfig({
  testDir: "tests/e2e",
  globalSetup: "./tests/e2e/globalSetup.ts",
  forbidOnly: true,
  fullyParallel: true,
  // Both cores on CI; half of a laptop's, leaving the rest for the machine.
  workers: process.env.CI ? 2 : "50%",
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${PORT}${BASE_PATH}`,
    browserName: "chromium",
    launchOptions: {
      ...(chromium?.path ? { executablePath: chromium.path } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npx astro preview --port ${PORT}`,
    url: `http://localhost:${PORT}${BASE_PATH}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
