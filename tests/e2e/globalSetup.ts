/**
 * Before any browser test: stop with what to do when the machine has no browser. Here, not in
 * playwright.config.ts, so that tools which only read the config (knip in `npm run lint`) run on
 * a machine without one.
 */
import { findChromium, HOW_TO_GET_CHROMIUM } from "../../scripts/chromium.mjs";

export default async function globalSetup(): Promise<void> {
  if (!(await findChromium())) throw new Error(HOW_TO_GET_CHROMIUM);
}
