/**
 * One visit per built page (a test visits a group of pages in one browser page), served with the
 * headers of public/_headers applied (as Netlify and Cloudflare Pages send them) on top of each
 * page's own CSP <meta>. On a phone's width: the header fits (docs/DESIGN.md), the menu is closed
 * and the page has one search field. On a desktop's: axe finds nothing, every rule in the scheme
 * the page loaded in, then the colour rules in the other (switched in place, not a second load;
 * nothing but colours changes with the scheme). Pages alternate: one loads on a phone in light
 * and is widened, the next loads on a desktop in dark and is narrowed, so each page costs one
 * change of screen and one of scheme, and every rule runs in both schemes across the site. On
 * every page: no console error, no page error, no CSP violation under either policy.
 */
import { readFileSync } from "node:fs";
import { expect, test, type Page, type Route } from "./test";
import { headersFor, parseHeadersFile } from "../../src/lib/headersFile";
import { axeViolations, COLOUR_RULES, withAxe } from "./axe";
import { DESKTOP, headerHeight, MAX_PHONE_HEADER, PHONE, pageGroups } from "./site";

const RULES = parseHeadersFile(readFileSync(new URL("../../public/_headers", import.meta.url), "utf8"));

/**
 * The site's answer to a routed request, asked again once when the connection was reset: the
 * preview server closes an idle kept-alive connection as the browser's fetch reuses it (a race
 * of the two, seen once in a CI rehearsal as "socket hang up" on a stylesheet), which says
 * nothing about the site. A server that keeps failing still fails the test.
 */
async function fetchThrough(route: Route) {
  try {
    return await route.fetch();
  } catch (error) {
    if (!/ECONNRESET|socket hang up/.test(String(error))) throw error;
    return route.fetch();
  }
}

/** Serves every response of the site with the headers the host would add. */
async function withHostHeaders(page: Page, baseURL: string): Promise<void> {
  const base = new URL(baseURL);
  await page.route(`${base.origin}/**`, async (route) => {
    const response = await fetchThrough(route);
    const path = `/${new URL(route.request().url()).pathname.slice(base.pathname.length)}`;
    await route.fulfill({ response, headers: { ...response.headers(), ...headersFor(RULES, path) } });
  });
}

/** Collects console errors and warnings, page errors and CSP violations from here on. */
type Scheme = "light" | "dark";

async function watchProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning")
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return problems;
}

/** On a phone: the header fits, the menu is closed, the page has one search field. */
async function checkOnAPhone(page: Page, path: string): Promise<void> {
  expect
    .soft(await headerHeight(page), `/${path}: header height at ${PHONE.width} px`)
    .toBeLessThanOrEqual(MAX_PHONE_HEADER);
  // Counted in the markup, not on screen: a field behind the closed menu is still a field.
  await expect.soft(page.locator("input[type=search]"), `/${path}: search fields`).toHaveCount(1);
  await expect.soft(page.getByRole("navigation", { name: "Site" }), `/${path}: menu closed`).toBeHidden();
}

/** On a desktop: every axe rule in the scheme the page is in, then the colour rules in the other. */
async function checkWithAxe(page: Page, path: string, scheme: Scheme): Promise<void> {
  if (path === "search/") await expect(page.locator("panjshir-search[data-ready]")).toBeAttached();
  const other = scheme === "light" ? "dark" : "light";
  expect.soft(await axeViolations(page), `/${path}: axe, ${scheme}`).toEqual([]);
  await page.emulateMedia({ colorScheme: other });
  expect.soft(await axeViolations(page, COLOUR_RULES), `/${path}: axe, ${other}`).toEqual([]);
}

test.describe("every page: host headers, header on a phone, no console error or CSP violation, axe in light and dark", () => {
  // Each group adds init scripts (axe, the CSP listener), which only a page of its own drops.
  test.use({ ownPage: true });
  // A request still answering when a test ends (the favicon, say) must not outlive it: every
  // test here routes through withHostHeaders.
  test.afterEach(({ page }) => page.unrouteAll({ behavior: "ignoreErrors" }));

  for (const group of pageGroups(12)) {
    test(group.name, async ({ page, baseURL }) => {
      // A cap, not a timing: axe on the longest page (the chronology) takes many seconds.
      test.setTimeout(180_000);
      await withHostHeaders(page, baseURL!);
      await withAxe(page);
      const problems = await watchProblems(page);
      // Each page starts as the one before it ended, so the browser lays out one screen change
      // and one colour change a page: every other page loads on a phone in light, the others on
      // a desktop in dark.
      await page.setViewportSize(PHONE);
      await page.emulateMedia({ colorScheme: "light" });
      for (const [i, path] of group.pages.entries()) {
        await test.step(`/${path}`, async () => {
          const response = await page.goto(path);
          expect.soft(response?.status(), `/${path}: status`).toBe(200);
          expect
            .soft(response?.headers()["content-security-policy"], `/${path}: the host's CSP header`)
            .toContain("frame-ancestors 'none'");
          if (i % 2 === 0) {
            await checkOnAPhone(page, path);
            await page.setViewportSize(DESKTOP);
            await checkWithAxe(page, path, "light");
          } else {
            await checkWithAxe(page, path, "dark");
            await page.setViewportSize(PHONE);
            await checkOnAPhone(page, path);
          }
          expect.soft(problems.splice(0), `/${path}: console, page errors, CSP`).toEqual([]);
        });
      }
    });
  }

  test("a search (index fetch, results) stays within both policies", async ({ page, baseURL }) => {
    await withHostHeaders(page, baseURL!);
    const problems = await watchProblems(page);
    await page.goto("search/?q=Masood");
    await expect(page.locator("[data-results] mark").first()).toBeVisible();
    expect(problems).toEqual([]);
  });
});
