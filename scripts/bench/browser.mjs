// Browser measurements for the benchmarks, in Chromium through Playwright: search latency per
// keystroke, time to the first result on a cold load, and page weight by resource type.
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../chromium.mjs";

/** Name and place queries, typed one key at a time. */
const QUERIES = [
  "Masood",
  "Massoud",
  "Dashti",
  "Dasti",
  "Nazary",
  "Nasary",
  "Muttaqi",
  "Motaqi",
  "Mohammadi",
  "Saleh",
  "Panjshir",
  "Panjsheer",
  "Kabul",
  "Kabol",
  "Charika",
  "Khawak",
  "Bazarak",
  "Kapisa",
  "Parwan",
  "Taliban",
];

export async function launchBrowser() {
  const found = await findChromium();
  return chromium.launch({ ...(found?.path ? { executablePath: found.path } : {}), args: CHROMIUM_ARGS });
}

/** Median and 95th percentile of a list of numbers. */
export function summarise(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95), n: sorted.length };
}

/**
 * Keystroke-to-rendered-results latency: for each query, each prefix is put in the field and an
 * input event dispatched; the time runs until the results are in the DOM and laid out.
 */
export async function searchLatency(browser, origin, queries = QUERIES) {
  // The index and the text shards it loads at once must be in before typing starts.
  const page = await browser.newPage();
  await page.goto(`${origin}/search/`);
  await page.waitForSelector("panjshir-search[data-ready]");
  const times = await page.evaluate(async (list) => {
    const input = document.querySelector("panjshir-search input[name=q]");
    const out = [];
    // One untimed pass first: the figures are for a reader who has typed a query before, not
    // for the JIT compiler's first look at the code (the cold load is measured separately).
    for (const round of ["warm-up", "measured"]) {
      for (const query of list) {
        for (let i = 1; i <= query.length; i++) {
          const start = performance.now();
          input.value = query.slice(0, i);
          input.dispatchEvent(new Event("input", { bubbles: true }));
          void document.body.offsetHeight; // style and layout of the new results
          if (round === "measured") out.push(performance.now() - start);
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        }
      }
    }
    return out;
  }, queries);
  await page.close();
  return summarise(times);
}

/** Time from navigation to the first result of `/search/?q=…` in a fresh, cache-less context. */
export async function coldFirstResult(browser, origin, query = "Masood", runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector("[data-results] a[data-result]");
    times.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  return summarise(times);
}

const KINDS = {
  document: "html",
  stylesheet: "css",
  script: "js",
  fetch: "json",
  xhr: "json",
  font: "fonts",
  image: "images",
};

/** Bytes a page loads, by kind, raw and gzip (level 6, as the server sends them). */
export async function pageWeight(browser, url, prepare) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending = [];
  page.on("response", (response) => {
    const kind = KINDS[response.request().resourceType()] ?? "other";
    pending.push(
      response
        .body()
        .then((body) => ({
          kind,
          url: response.url(),
          raw: body.length,
          gzip: gzipSync(body, { level: 6 }).length,
        }))
        .catch(() => null),
    );
  });
  await page.goto(url, { waitUntil: "networkidle" });
  if (prepare) await prepare(page);
  const files = (await Promise.all(pending)).filter(Boolean);
  await context.close();
  const byKind = {};
  for (const kind of ["html", "css", "js", "json", "fonts", "images", "other"]) {
    const of = files.filter((f) => f.kind === kind);
    byKind[kind] = { raw: of.reduce((s, f) => s + f.raw, 0), gzip: of.reduce((s, f) => s + f.gzip, 0) };
  }
  const total = {
    raw: Object.values(byKind).reduce((s, k) => s + k.raw, 0),
    gzip: Object.values(byKind).reduce((s, k) => s + k.gzip, 0),
  };
  return { byKind, total, files };
}
