/**
 * The `test` every browser test uses: Playwright's, with one browser page per worker that the
 * tests take in turn, instead of a new context and page per test. Opening a page starts a
 * renderer process, most of the cost of a short test (about 0.8 s of processor time here, against
 * 0.2 s for a page load), and the browser tests share two cores with the rest of `npm test`.
 *
 * Between tests the page is put back: the test's viewport (`test.use({ viewport })`), the light
 * scheme on screen, no routes, no listeners of the kinds the tests add, and a blank document, so
 * each test starts from a fresh load. What cannot be put back takes a page of its own, in a new
 * context as Playwright's own `page` is: a test with JavaScript off, and any test that declares
 * `test.use({ ownPage: true })` (one that adds init scripts, or counts requests that a warm cache
 * would answer).
 */
import { test as base, type Page } from "@playwright/test";

export { expect, type Locator, type Page, type Route } from "@playwright/test";

/** The page events the tests listen to: taken off between tests. */
const LISTENED = ["console", "pageerror", "dialog", "request", "response"] as const;

export const test = base.extend<{ ownPage: boolean }, { workerPage: Page }>({
  ownPage: [false, { option: true }],
  workerPage: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
      await use(await context.newPage());
      await context.close();
    },
    { scope: "worker" },
  ],
  page: async ({ workerPage, ownPage, browser, baseURL, viewport, javaScriptEnabled }, use) => {
    if (ownPage || javaScriptEnabled === false) {
      const context = await browser.newContext({ baseURL, viewport, javaScriptEnabled });
      await use(await context.newPage());
      await context.close();
      return;
    }
    await workerPage.goto("about:blank");
    if (viewport) await workerPage.setViewportSize(viewport);
    await workerPage.emulateMedia({ media: "screen", colorScheme: "light" });
    await use(workerPage);
    for (const event of LISTENED) workerPage.removeAllListeners(event);
    await workerPage.unrouteAll({ behavior: "ignoreErrors" });
  },
});
