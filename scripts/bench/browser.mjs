// Browser measurements for the benchmarks, in Chromium through Playwright: search latency per
// keystroke, what a cold query loads before its first results and how long it takes, and page
// weight by resource type.
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../chromium.mjs";

/**
 * Queries typed one key at a time: names and places under several spellings, then ordinary
 * words, with typos and an unfinished word.
 */
export const QUERIES = [
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
  "heavy losses",
  "heavy loses",
  "ceasefire",
  "resistence",
  "Panjsh",
];

/**
 * In the page: whether the search element shows its final results for what is in the field.
 * The element sets data-ready once the core index is in; while it waits for postings it says
 * "Searching…" in its status line, and while the results on show wait for report or event
 * files their container carries aria-busy. `needResult`: also require a result link.
 */
function resultsFinal(needResult) {
  const root = document.querySelector("panjshir-search");
  const results = root?.querySelector("[data-results]");
  const status = root?.querySelector("[role=status]");
  return Boolean(
    root?.hasAttribute("data-ready") &&
    results &&
    !results.hasAttribute("aria-busy") &&
    status?.textContent !== "Searching…" &&
    (!needResult || results.querySelector("a[data-result]")),
  );
}

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
 * input event dispatched; the time runs until the final results for it are in the DOM and laid
 * out. The page renders at once when the postings and report files the query needs are loaded;
 * otherwise it says "Searching…" (or shows placeholders) and renders again when they arrive, and
 * the time runs until then (`waited` counts those keystrokes). `script` is the time until the
 * results are in the DOM (the search, and building their elements), `layout` the rest.
 */
export async function searchLatency(browser, origin, queries = QUERIES) {
  const page = await browser.newPage();
  await page.goto(`${origin}/search/`);
  await page.waitForSelector("panjshir-search[data-ready]");
  const { times, waited } = await page.evaluate(async (list) => {
    const root = document.querySelector("panjshir-search");
    const input = root.querySelector("input[name=q]");
    const results = root.querySelector("[data-results]");
    const status = root.querySelector("[role=status]");
    // As resultsFinal (the page's policy allows no eval, so the function is not passed in).
    const done = () => !results.hasAttribute("aria-busy") && status.textContent !== "Searching…";
    /** Resolves when the results are final (or after 10 s: the figure would show it). */
    const settled = () =>
      new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (done()) finish();
        });
        const timer = setTimeout(() => finish(), 10_000);
        const finish = () => {
          observer.disconnect();
          clearTimeout(timer);
          resolve();
        };
        observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
      });
    const out = [];
    let waits = 0;
    // One untimed pass first: the figures are for a reader who has typed a query before, not
    // for the JIT compiler's first look at the code, nor for the network (the cold load is
    // measured separately).
    for (const round of ["warm-up", "measured"]) {
      for (const query of list) {
        for (let i = 1; i <= query.length; i++) {
          const start = performance.now();
          input.value = query.slice(0, i);
          input.dispatchEvent(new Event("input", { bubbles: true }));
          if (!done()) {
            await settled();
            if (round === "measured") waits++;
          }
          const scripted = performance.now();
          void document.body.offsetHeight; // style and layout of the new results
          const end = performance.now();
          if (round === "measured") out.push([end - start, scripted - start, end - scripted]);
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        }
      }
    }
    return { times: out, waited: waits };
  }, queries);
  await page.close();
  return {
    ...summarise(times.map((t) => t[0])),
    // The two parts: search and building the results' DOM (script), then style and layout.
    script: summarise(times.map((t) => t[1])),
    layout: summarise(times.map((t) => t[2])),
    waited,
    queries: queries.length,
  };
}

/**
 * A cold query: `/search/?q=…` in a fresh, cache-less context, until its first results are
 * final. Returns the time from navigation (ms) and the search index files fetched before then,
 * each with its bytes on the wire (gzip as served; Resource Timing's encodedBodySize) and
 * unpacked, split by kind (core, postings, reports, events); `js` is the page's JavaScript and
 * `page` the rest (HTML, CSS); `found`, the counts its status line gives.
 */
export async function coldQuery(browser, origin, query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  await waitForResults(page);
  const { ms, entries, status } = await page.evaluate(() => {
    const now = performance.now();
    const all = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")];
    return {
      ms: now,
      status: document.querySelector("panjshir-search [role=status]").textContent,
      entries: all
        .filter((e) => e.responseEnd <= now)
        .map((e) => ({ url: new URL(e.name).pathname, gzip: e.encodedBodySize, raw: e.decodedBodySize })),
    };
  });
  await context.close();
  const kindOf = (path) =>
    path.endsWith("/search/index.json")
      ? "core"
      : (/\/search\/(postings|reports|events)\/\d+\.json$/.exec(path)?.[1] ??
        (path.endsWith(".js") ? "js" : "page"));
  const byKind = {};
  for (const kind of ["core", "postings", "reports", "events", "js", "page"]) {
    const of = entries.filter((e) => kindOf(e.url) === kind);
    byKind[kind] = {
      files: of.length,
      raw: of.reduce((s, e) => s + e.raw, 0),
      gzip: of.reduce((s, e) => s + e.gzip, 0),
    };
  }
  const index = ["core", "postings", "reports", "events"].map((k) => byKind[k]);
  // "3 names, 10 events and 41 reports (60 passages) for …"
  const found = (kind) => Number(new RegExp(`(\\d+) ${kind}s?\\b`).exec(status)?.[1] ?? 0);
  return {
    query,
    ms,
    found: { names: found("name"), events: found("event"), reports: found("report") },
    byKind,
    index: {
      files: index.reduce((s, k) => s + k.files, 0),
      raw: index.reduce((s, k) => s + k.raw, 0),
      gzip: index.reduce((s, k) => s + k.gzip, 0),
    },
  };
}

/** Time from navigation to the first final results of `/search/?q=…`, over `runs` cold loads. */
export async function coldFirstResult(browser, origin, query = "Masood", runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) times.push((await coldQuery(browser, origin, query)).ms);
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

/** Bytes a page loads, by kind, raw and gzip (level 6, as the server sends them; each file also at level 9). */
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
          gzip9: gzipSync(body, { level: 9 }).length,
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

/** Waits until the search page shows the final results of the query in its address. */
export const waitForResults = (page) => page.waitForFunction(resultsFinal, true, { timeout: 60_000 });
