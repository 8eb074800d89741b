// Makes sure the browser tests have a Chromium. On a Debian machine as root (CI) it installs
// Debian's `chromium` package; anywhere else it says exactly how to get one and exits 1.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findChromium } from "./chromium.mjs";

const found = await findChromium();
if (found) {
  console.log(
    `Chromium for the browser tests: ${found.path ?? "Playwright's own browser"} (${found.source})`,
  );
  process.exit(0);
}

const isDebian = existsSync("/etc/debian_version");
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (isDebian && isRoot) {
  console.log("No Chromium found: installing Debian's chromium package (apt-get install -y chromium)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
  const after = await findChromium();
  if (after) process.exit(0);
}

console.error(`No Chromium found for the browser tests. Get one of these, then run npm test again:
  - Debian/Ubuntu:  sudo apt-get install -y chromium
  - macOS:          brew install --cask chromium
  - any machine:    set CHROMIUM_PATH=/path/to/chrome-or-chromium
  - with internet:  npx playwright install chromium   (downloads Playwright's own build)`);
process.exit(1);
