// The Chromium that the browser tests and benchmarks drive: a system Chrome or Chromium found by
// chrome-launcher ($CHROME_PATH first, then the usual install locations), else a browser that
// Playwright downloaded on a developer's laptop. Never downloads anything itself.
import { existsSync } from "node:fs";
import { Launcher } from "chrome-launcher";

/** Flags for a headless browser on a closed network (no background calls home). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * A usable browser: `{ path }` for a system Chrome or Chromium, `{ path: undefined }` for
 * Playwright's own downloaded browser, or null when there is none.
 * @returns {Promise<{ path: string | undefined, source: string } | null>}
 */
export async function findChromium() {
  let system;
  try {
    [system] = Launcher.getInstallations();
  } catch {
    // chrome-launcher throws on Linux when it finds none: fall through to Playwright's own.
  }
  if (system) return { path: system, source: system === process.env.CHROME_PATH ? "CHROME_PATH" : "system" };
  try {
    const { chromium } = await import("@playwright/test");
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: undefined, source: "playwright" };
  } catch {
    // No Playwright browser downloaded: fall through.
  }
  return null;
}

/** What to do when there is no browser: printed by the browser tests, which install nothing. */
export const HOW_TO_GET_CHROMIUM = `No Chrome or Chromium found for the browser tests. Get one, then run npm test again:
  - Debian/Ubuntu:  sudo apt-get install -y chromium
  - macOS:          brew install --cask chromium
  - any machine:    set CHROME_PATH=/path/to/chrome-or-chromium
  - with internet:  npx playwright install chromium   (downloads Playwright's own build)`;
