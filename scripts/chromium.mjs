// Finds the Chromium the browser tests drive. Order: $CHROMIUM_PATH, Debian's /usr/bin/chromium
// (and other common system paths), then a browser Playwright downloaded on a developer laptop.
// Never downloads anything itself.
import { existsSync } from "node:fs";

const SYSTEM_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

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
 * The path of a usable Chromium, or undefined when there is none. `undefined` as the result
 * of Playwright's own lookup means "let Playwright use its downloaded browser".
 * @returns {Promise<{ path: string | undefined, source: string } | null>}
 */
export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return { path: fromEnv, source: "CHROMIUM_PATH" };
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const system = SYSTEM_PATHS.find((p) => existsSync(p));
  if (system) return { path: system, source: "system" };
  try {
    const { chromium } = await import("@playwright/test");
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: undefined, source: "playwright" };
  } catch {
    // No Playwright browser downloaded: fall through.
  }
  return null;
}
