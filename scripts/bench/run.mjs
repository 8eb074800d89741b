// `npm run bench`: measures the built site and how the design scales, and writes the results
// into docs/BENCHMARKS.md (between its <!-- bench:… --> markers). Not a test: nothing here
// passes or fails on a timing.
//
//   npm run bench                         everything
//   npm run bench -- --only=site          search latency, bytes and page weight of the real site
//   npm run bench -- --only=lighthouse    Lighthouse, mobile and desktop, three runs each
//   npm run bench -- --only=scale         synthetic corpora of 100 and 1,000 reports, built by Astro,
//                                         then rebuilt after editing one report
//   npm run bench -- --only=search-scale  the search alone over synthetic indexes of 5 to 10,000
//                                         reports, served with the built site's pages
//
// Options: --no-build measures the dist/ already built (by `npm run build`) instead of building
// it first; --sizes=5,100 sets the corpus sizes of scale and search-scale (scale builds 10,000
// only when --sizes names it); --profile writes CPU profiles of the scale builds (node
// --cpu-prof) and prints their folder.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import {
  coldFirstResult,
  coldQuery,
  launchBrowser,
  pageWeight,
  QUERIES,
  searchLatency,
  summarise,
  waitForResults,
} from "./browser.mjs";
import { BUILD_HEAP_MIB, compareWithFullBuild, editReport, generateCorpus, measureBuild } from "./scale.mjs";
import { serveStatic } from "./server.mjs";
import { findChromium } from "../chromium.mjs";

const ROOT = new URL("../../", import.meta.url).pathname;
const DOC = join(ROOT, "docs/BENCHMARKS.md");
const only = (
  process.argv.find((a) => a.startsWith("--only=")) ?? "--only=site,lighthouse,scale,search-scale"
)
  .slice(7)
  .split(",");
const sizesArg = process.argv.find((a) => a.startsWith("--sizes="));
const sizes = (fallback) => (sizesArg ? sizesArg.slice(8) : fallback).split(",").map(Number);
const PORT = 4390;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const kib = (bytes) => (bytes / 1024).toFixed(1);
const count = (n) => n.toLocaleString("en");
const plural = (n, word) => `${count(n)} ${word}${n === 1 ? "" : "s"}`;
const ms = (value) => value.toFixed(1);

async function machine() {
  let chromium = "unknown";
  try {
    const found = await findChromium();
    if (found?.path) chromium = execFileSync(found.path, ["--version"], { encoding: "utf8" }).trim();
  } catch {
    // reported as unknown
  }
  return `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromium}`;
}

function section(name, markdown) {
  const doc = readFileSync(DOC, "utf8");
  const pattern = new RegExp(`(<!-- bench:${name}:start -->)[\\s\\S]*?(<!-- bench:${name}:end -->)`);
  if (!pattern.test(doc)) throw new Error(`docs/BENCHMARKS.md has no bench:${name} markers`);
  writeFileSync(DOC, doc.replace(pattern, `$1\n${markdown.trim()}\n$2`));
}

const MACHINE = await machine();
// The load when a section starts: the figures of a busy machine are not an idle one's.
const stamp = () =>
  `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench\`${process.argv.includes("--no-build") ? " (on dist/ as built before, not rebuilt)" : ""} on ${MACHINE}; load average ${loadavg()[0].toFixed(1)} when the section started.`;

/** A file's size, raw and gzip (level 6, as the bench server sends it). */
function fileBytes(path) {
  const body = readFileSync(path);
  return { files: 1, raw: statSync(path).size, gzip: gzipSync(body, { level: 6 }).length };
}

const sum = (list) => ({
  files: list.reduce((s, b) => s + b.files, 0),
  raw: list.reduce((s, b) => s + b.raw, 0),
  gzip: list.reduce((s, b) => s + b.gzip, 0),
});

/** The search index in `dir` (a build's `search/`): the core, each kind of file summed, and the whole. */
function indexBytes(dir) {
  const core = fileBytes(join(dir, "index.json"));
  const kinds = Object.fromEntries(
    ["postings", "reports", "events"].map((kind) => [
      kind,
      sum(readdirSync(join(dir, kind)).map((f) => fileBytes(join(dir, kind, f)))),
    ]),
  );
  return { core, ...kinds, total: sum([core, ...Object.values(kinds)]) };
}

/** "core, 2 postings, 5 reports and 1 events file(s)": what a cold query fetched. */
const fetched = ({ byKind: k }) =>
  `core, ${k.postings.files} postings, ${k.reports.files} report${k.reports.files === 1 ? "" : "s"}, ${k.events.files} events file${k.events.files === 1 ? "" : "s"}`;

/** Builds the site into dist/ once per run, unless --no-build (then dist/ must be current). */
let built = false;
function ensureBuilt() {
  if (built || process.argv.includes("--no-build")) return;
  console.log("building the site…");
  const build = spawnSync("npx", ["astro", "build"], {
    cwd: ROOT,
    stdio: "ignore",
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error("build failed");
  built = true;
}

/** Queries the tables show cold: what each fetches before its first results. */
const SITE_QUERIES = ["Masood", "heavy losses"];

async function siteBenchmarks() {
  const measured = stamp();
  ensureBuilt();
  const server = await serveStatic(join(ROOT, "dist"), PORT);
  const browser = await launchBrowser();
  try {
    const latency = await searchLatency(browser, ORIGIN);
    const cold = await coldFirstResult(browser, ORIGIN);
    const queries = [];
    for (const query of SITE_QUERIES) queries.push(await coldQuery(browser, ORIGIN, query));
    const pages = {
      home: "/",
      report: "/reports/taliban-call-on-panjshir-to-lay-down-arms/",
      chronology: "/chronology/",
      "search, with ?q=Masood": "/search/?q=Masood",
      person: "/people/ahmad-massoud/",
      place: "/places/panjshir/",
      "places index (maps)": "/places/",
    };
    const rows = [];
    let searchJs = null;
    for (const [name, path] of Object.entries(pages)) {
      const weight = await pageWeight(
        browser,
        `${ORIGIN}${path}`,
        path.startsWith("/search/") ? waitForResults : undefined,
      );
      if (path.startsWith("/search/")) searchJs = weight;
      const k = weight.byKind;
      const cell = (b) => `${kib(b.raw)} / ${kib(b.gzip)}`;
      rows.push(
        `| ${name} | ${cell(k.html)} | ${cell(k.css)} | ${cell(k.js)} | ${cell(k.json)} | ${cell(k.fonts)} | ${cell(k.images)} | **${cell(weight.total)}** |`,
      );
    }
    const index = indexBytes(join(ROOT, "dist/search"));
    const js = searchJs.files.filter((f) => f.kind === "js");
    const jsFiles = js.map((f) => `\`${f.url.replace(/^.*\/_astro\//, "")}\` ${kib(f.gzip)}`).join(", ");
    const queryRows = queries.map(
      (q) =>
        `| \`?q=${q.query}\` before its first results: ${fetched(q)} (${q.index.files} requests) | ${kib(q.index.raw)} KiB | ${kib(q.index.gzip)} KiB | ≤ 150 KiB gzip |`,
    );
    section(
      "site",
      `${measured}

| search (5 reports) | median | p95 | target |
| --- | --- | --- | --- |
| keystroke to final rendered results, ${latency.n} keystrokes over ${latency.queries} queries (names and places under several spellings; ordinary words, typos and an unfinished word)${latency.waited ? `, ${latency.waited} of them waiting for a file` : ""} | ${ms(latency.median)} ms | ${ms(latency.p95)} ms | p95 ≤ 16 ms |
| of it: searching and building the results' elements (script) | ${ms(latency.script.median)} ms | ${ms(latency.script.p95)} ms | |
| of it: style and layout | ${ms(latency.layout.median)} ms | ${ms(latency.layout.p95)} ms | |
| cold load of \`/search/?q=Masood\` to its first complete results (5 runs) | ${ms(cold.median)} ms | ${ms(cold.p95)} ms | |

| search page downloads | raw | gzip (level 6, as served) | target |
| --- | --- | --- | --- |
| JavaScript, fuse.js included (${js.length} file${js.length === 1 ? "" : "s"}) | ${kib(searchJs.byKind.js.raw)} KiB | ${kib(searchJs.byKind.js.gzip)} KiB (level 9: ${kib(js.reduce((s, f) => s + f.gzip9, 0))} KiB) | ≤ 15 KiB gzip |
| index core: \`search/index.json\` (names, vocabulary, days, outlets) | ${kib(index.core.raw)} KiB | ${kib(index.core.gzip)} KiB | |
${queryRows.join("\n")}
| whole index: core, ${plural(index.postings.files, "postings file")}, ${plural(index.reports.files, "report file")} and ${plural(index.events.files, "events file")} | ${kib(index.total.raw)} KiB | ${kib(index.total.gzip)} KiB | |

JavaScript files, KiB gzip: ${jsFiles}. Typed queries, each typed one key at a time: ${QUERIES.map((q) => `“${q}”`).join(", ")}.

Page weight by page type, KiB raw / gzip (level 6, as served; the search page with the files \`?q=Masood\` loads):

| page | HTML | CSS | JS | JSON | fonts | images | total |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join("\n")}`,
    );
    console.log(
      `search p95 ${ms(latency.p95)} ms, JS ${kib(searchJs.byKind.js.gzip)} KiB gzip, core ${kib(index.core.gzip)} KiB gzip, ` +
        queries.map((q) => `${q.query}: ${kib(q.index.gzip)} KiB gzip before results`).join(", "),
    );
  } finally {
    await browser.close();
    server.close();
  }
}

/** Lighthouse lives in its own package (scripts/bench/lighthouse/), installed on first use. */
async function loadLighthouse() {
  const dir = join(ROOT, "scripts/bench/lighthouse");
  if (!existsSync(join(dir, "node_modules/lighthouse"))) {
    console.log("installing Lighthouse for the benchmarks (npm ci in scripts/bench/lighthouse)…");
    const install = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: dir, stdio: "inherit" });
    if (install.status !== 0) throw new Error("could not install Lighthouse");
  }
  return import("./lighthouse/scores.mjs");
}

async function lighthouseBenchmarks() {
  const measured = stamp();
  const { lighthouseScores } = await loadLighthouse();
  ensureBuilt();
  const server = await serveStatic(join(ROOT, "dist"), PORT);
  try {
    const urls = {
      home: `${ORIGIN}/`,
      report: `${ORIGIN}/reports/taliban-call-on-panjshir-to-lay-down-arms/`,
      chronology: `${ORIGIN}/chronology/`,
      "search ?q=Masood": `${ORIGIN}/search/?q=Masood`,
      person: `${ORIGIN}/people/ahmad-massoud/`,
      place: `${ORIGIN}/places/panjshir/`,
      "places index (maps)": `${ORIGIN}/places/`,
      event: `${ORIGIN}/events/mohammadi-says-tuesday-night-assault-repelled/`,
    };
    const scores = await lighthouseScores(urls, 3);
    const rows = Object.entries(scores).flatMap(([name, presets]) =>
      ["mobile", "desktop"].map((p) => {
        const s = presets[p];
        return `| ${name} | ${p} | ${s.performance} | ${s.accessibility} | ${s["best-practices"]} | ${s.seo} | ${s.failing.join(", ") || "none"} |`;
      }),
    );
    section(
      "lighthouse",
      `${measured} Lighthouse 12.8, median of 3 runs per page and preset, site served with gzip.

| page | preset | performance | accessibility | best practices | SEO | audits below full marks (any run) |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join("\n")}`,
    );
  } finally {
    server.close();
  }
}

/** Whether a rebuild wrote what a full build writes, and the full build's own time. */
const sameCell = ({ build, files, differing }) =>
  `${differing.length === 0 ? `the same ${files} files` : `${differing.length} files differ (${differing.slice(0, 3).join(", ")})`}; full build ${build.seconds.toFixed(1)} s`;

/** A build's wall time and peak memory, as a cell of the scale table. */
const buildCell = (build) =>
  `${build.seconds.toFixed(1)} s, ${build.peakMiB ? `${build.peakMiB.toFixed(0)} MiB` : "peak n/a"}`;

/** Rebuilds timed one after another (up to 1,000 reports); the median is the figure. */
const REBUILDS = 3;

/** The median of builds by time (the lower middle of an even number). */
const medianBuild = (builds) =>
  [...builds].sort((a, b) => a.seconds - b.seconds)[Math.floor((builds.length - 1) / 2)];

/** The rebuilds' median build (time and memory), and each one's time when there are several. */
const rebuildCell = (rebuilds) =>
  rebuilds.length === 1
    ? buildCell(rebuilds[0])
    : `${buildCell(medianBuild(rebuilds))} (median of ${rebuilds.map((r) => r.seconds.toFixed(1)).join(", ")} s)`;

/** The median rebuild's time against the mean of the full builds (the first, and the check's). */
const ratioCell = (rebuilds, fulls) =>
  (medianBuild(rebuilds).seconds / (fulls.reduce((sum, b) => sum + b.seconds, 0) / fulls.length)).toFixed(2);

/**
 * For each size (100 and 1,000 reports unless --sizes says otherwise; 10,000 only when it names
 * it): a synthetic corpus, its full build, the search over it, then one report edited and the
 * same folder rebuilt with Astro's caches kept (three times up to 1,000 reports). With
 * --profile, the full build and the first rebuild write a CPU profile (node --cpu-prof) into a
 * folder beside the corpus, printed.
 */
async function scaleBenchmarks() {
  const measured = stamp();
  const profile = process.argv.includes("--profile");
  const rows = [];
  for (const size of sizes("100,1000")) {
    const dir = join(tmpdir(), `panjshir-scale-${size}`);
    const profileDir = (build) => (profile ? { profileDir: join(`${dir}-cpu-profile`, build) } : {});
    console.log(`scale ${size}: generating and building in ${dir}…`);
    generateCorpus(size, dir);
    const build = measureBuild(dir, profileDir("full"));
    // The search is measured on the full build's output: the rebuild overwrites dist/.
    const index = indexBytes(join(dir, "dist/search"));
    const server = await serveStatic(join(dir, "dist"), PORT);
    const browser = await launchBrowser();
    let latency, cold;
    try {
      latency = await searchLatency(browser, ORIGIN);
      cold = await coldFirstResult(browser, ORIGIN, "Masood", 3);
    } finally {
      await browser.close();
      server.close();
    }
    // One build's time on this kind of machine moves by a tenth or more from one minute to the
    // next: up to 1,000 reports, three rebuilds (an edit before each) give a median.
    const rebuilds = [];
    for (let n = 0; n < (size <= 1000 ? REBUILDS : 1); n++) {
      const edited = editReport(dir);
      console.log(
        edited ? `scale ${size}: edited ${edited}, rebuilding…` : `scale ${size}: no report to edit`,
      );
      if (!edited) break;
      rebuilds.push(measureBuild(dir, n === 0 ? profileDir("rebuild") : {}));
    }
    if (profile) console.log(`scale ${size}: CPU profiles in ${dir}-cpu-profile/{full,rebuild}`);
    // Up to 1,000 reports, the rebuild's output is checked against a full build of the edited corpus.
    const check = rebuilds.length > 0 && size <= 1000 ? compareWithFullBuild(dir) : null;
    rows.push(
      `| ${size} | ${build.seconds.toFixed(1)} s | ${build.peakMiB ? `${build.peakMiB.toFixed(0)} MiB` : "n/a"} | ${rebuilds.length > 0 ? rebuildCell(rebuilds) : "n/a"} | ${check ? sameCell(check) : "not checked"} | ${check ? ratioCell(rebuilds, [build, check.build]) : "n/a"} | ${build.pages} | ${kib(build.largest.bytes)} KiB (${build.largest.path}) | ${kib(index.core.raw)} / ${kib(index.core.gzip)} KiB | ${kib(index.total.raw)} / ${kib(index.total.gzip)} KiB (${index.total.files}) | ${ms(latency.median)} / ${ms(latency.p95)} ms | ${ms(cold.median)} ms |`,
    );
    console.log(rows.at(-1));
  }
  section(
    "scale",
    `${measured}

| reports | build | peak memory | rebuild after editing one report | rebuild's output against a full build's | rebuild / full build | pages | largest page | core index raw / gzip | whole index raw / gzip (files) | query latency median / p95 | cold load to first result |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join("\n")}

Targets: 1,000 reports build in at most 45 s; 10,000 in at most 5 minutes and 2 GiB, with no page
over 200 KiB; a rebuild after editing one report of 1,000 in at most a third of the full build;
at 1,000 reports, name/place query p95 under 50 ms and the index under 1 MiB gzip.
The synthetic reports recombine the five reports' paragraphs, with spread dates, events citing
them, and generated paragraphs naming synthetic people (about one per 20 reports) and places
(one per 40) besides the real ones. Every build runs with a heap of ${BUILD_HEAP_MIB} MiB
(\`--max-old-space-size\`), as on a build machine with 2 GiB of memory; peak memory is the
process's whole resident size. A rebuild appends a sentence to one report and builds again
in the same folder, Astro's content store and the page cache kept (wall time, peak memory); up to
1,000 reports this is done three times, the median given, and the output is then compared, file
by file, with a full build of the edited corpus from nothing, whose time is given beside.
"Rebuild / full build" is the median rebuild's time over the mean of the two full builds.
A query loads the core index, the postings files of its words' and names' terms, and the report
and event files of the results on show (the search-scale section below measures how many bytes).`,
  );
}

/** Queries the search-scale benchmark loads cold: names, ordinary words, typos and an unfinished word. */
const COLD_QUERIES = [
  "Masood",
  "Taliban",
  "Panjshir",
  "heavy losses",
  "heavy loses",
  "ceasefire",
  "resistence",
  "Panjsh",
];
/** URL paths of the search index, answered from a synthetic index instead of the build's. */
const INDEX_PATHS = /^\/search\/(index\.json|(postings|reports|events)\/\d+\.json)$/;

/** Builds the synthetic indexes (scripts/bench/searchCorpus.ts, through vite-node) into `dir`. */
function buildSyntheticIndexes(dir, list) {
  const run = spawnSync(
    "npx",
    [
      "vite-node",
      "--config",
      "../vite-node.config.ts",
      "searchCorpus.ts",
      "--",
      dir,
      ...list.map(String),
      `--queries=${JSON.stringify(QUERIES)}`,
    ],
    // Run from this folder: the paths are relative to it, as to this file.
    {
      cwd: join(ROOT, "scripts/bench"),
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (run.status !== 0) throw new Error("could not build the synthetic search indexes");
  return run.stdout
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line));
}

/** The core's parts, raw / gzip each: where its bytes go. */
function coreParts(path) {
  const core = JSON.parse(readFileSync(path, "utf8"));
  const parts = {
    entries: core.entries,
    "terms and df": [core.terms, core.df],
    "reports (file URLs, days, outlets)": core.reports,
    "events (file URLs, days)": core.events,
    "postings (file URLs, first terms)": core.postings,
    "days, outlets, counts": [core.days, core.outlets, core.passages, core.averageLength],
  };
  return Object.entries(parts).map(([name, value]) => {
    const body = Buffer.from(JSON.stringify(value));
    return `${name} ${kib(body.length)} / ${kib(gzipSync(body, { level: 6 }).length)}`;
  });
}

async function searchScaleBenchmarks() {
  const measured = stamp();
  ensureBuilt();
  const dir = join(tmpdir(), "panjshir-search-scale");
  const list = sizes("5,100,1000,10000");
  console.log(`search-scale: building synthetic indexes of ${list.join(", ")} reports in ${dir}…`);
  const corpora = buildSyntheticIndexes(dir, list);
  const site = readFileSync(join(ROOT, "dist/search/index.json"), "utf8");
  const indexRows = [];
  const browserRows = [];
  const perQuery = new Map(COLD_QUERIES.map((q) => [q, []]));
  let parts = [];
  /** The cold queries of the largest index, for the breakdown of their bytes. */
  let last = null;
  try {
    for (const corpus of corpora) {
      const { size } = corpus;
      const folder = join(dir, String(size));
      if (size === 5) {
        const same = readFileSync(join(folder, "index.json"), "utf8") === site;
        console.log(
          same
            ? "search-scale: the 5-report index is the built site's"
            : "search-scale: the 5-report index differs from dist/search/index.json: is dist/ older than the source?",
        );
      }
      const index = indexBytes(folder);
      parts = [size, coreParts(join(folder, "index.json"))];
      indexRows.push(
        `| ${count(size)} | ${count(corpus.passages)} | ${count(corpus.entries)} | ${count(corpus.events)} | ${count(corpus.terms)} | ${(corpus.indexMs / 1000).toFixed(1)} s | ${kib(index.core.raw)} / **${kib(index.core.gzip)}** | ${kib(index.total.raw)} / ${kib(index.total.gzip)} | ${count(index.postings.files)} / ${count(index.reports.files)} / ${count(index.events.files)} |`,
      );
      const server = await serveStatic(join(ROOT, "dist"), PORT, {
        prefix: "/search/",
        paths: INDEX_PATHS,
        dir: folder,
      });
      const browser = await launchBrowser();
      try {
        const cold = [];
        for (const query of COLD_QUERIES) {
          const q = await coldQuery(browser, ORIGIN, query);
          cold.push(q);
          perQuery.get(query).push(q);
        }
        const latency = await searchLatency(browser, ORIGIN);
        const alone = summarise(corpus.searchMs);
        const worst = cold.reduce((a, b) => (b.index.gzip > a.index.gzip ? b : a));
        const times = summarise(cold.map((q) => q.ms));
        browserRows.push(
          `| ${count(size)} | ${ms(latency.median)} ms | **${ms(latency.p95)} ms** | ${ms(latency.script.p95)} / ${ms(latency.layout.p95)} ms | ${ms(alone.median)} / ${ms(alone.p95)} ms | ${latency.waited} of ${latency.n} | **${kib(worst.index.gzip)} KiB** (“${worst.query}”) | ${kib(cold[0].byKind.js.gzip)} KiB | ${Math.max(...cold.map((q) => q.index.files))} | ${ms(times.median)} / ${ms(Math.max(...cold.map((q) => q.ms)))} ms |`,
        );
        last = { size, cold };
        console.log(indexRows.at(-1));
        console.log(browserRows.at(-1));
      } finally {
        await browser.close();
        server.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const header = corpora.map((c) => count(c.size));
  const queryRows = [...perQuery].map(
    ([query, results]) =>
      `| “${query}” | ${results.map((q) => `${kib(q.index.gzip)} (${q.index.files}) · ${count(q.found.reports)}`).join(" | ")} |`,
  );
  const part = (b) => `${kib(b.gzip)} (${b.files})`;
  const breakdownRows = last.cold.map(
    (q) =>
      `| “${q.query}” | **${kib(q.index.gzip)}** | ${kib(q.byKind.core.gzip)} | ${part(q.byKind.postings)} | ${part(q.byKind.reports)} | ${part(q.byKind.events)} | ${q.found.names} / ${count(q.found.events)} / ${count(q.found.reports)} |`,
  );
  section(
    "search-scale",
    `${measured} Index built in Node by the site's \`buildSearchIndex\`, no Astro build; served with the built site's search page and JavaScript, gzip level 6 as served.

| reports | passages | names | events | vocabulary terms | index build | core raw / gzip KiB | whole index raw / gzip KiB | files: postings / reports / events |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${indexRows.join("\n")}

In Chromium: keystroke to final rendered results over ${QUERIES.length} typed queries after an untimed warm-up pass (as in the site table); for ${COLD_QUERIES.length} cold queries (${COLD_QUERIES.map((q) => `“${q}”`).join(", ")}), each in a fresh cache-less context, the index bytes on the wire before the first complete results, the requests for index files, and the time from navigation.

| reports | keystroke median | keystroke p95 (≤ 16 ms) | p95 of script / layout | the search alone in Node, median / p95 | keystrokes that waited for a file | before first results, max (≤ 150 KiB gzip) | JavaScript gzip (≤ 15 KiB) | index requests, max | cold to first results, median / max |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${browserRows.join("\n")}

Script is the search and building the results' elements, layout the browser's style and layout
after them. The search alone is \`search\` and the snippets of the passages on show, timed in
Node over the same keystrokes with every file loaded (the source as it is now, where the browser
runs the JavaScript of the built site). JavaScript is the search page's, fuse.js included, as it
came over the wire.

Index KiB gzip a cold query transfers before its first results, its requests for index files in
brackets, and the reports it finds:

| query | ${header.join(" | ")} |
| --- | ${header.map(() => "---").join(" | ")} |
${queryRows.join("\n")}

At ${count(last.size)} reports, KiB gzip (files) by kind of index file, and what each query finds
(names / events / reports):

| query | total | core | postings | reports | events | found |
| --- | --- | --- | --- | --- | --- | --- |
${breakdownRows.join("\n")}

Where the core's bytes go at ${count(parts[0])} reports, KiB raw / gzip: ${parts[1].join("; ")}.`,
  );
}

if (only.includes("site")) await siteBenchmarks();
if (only.includes("lighthouse")) await lighthouseBenchmarks();
if (only.includes("scale")) await scaleBenchmarks();
if (only.includes("search-scale")) await searchScaleBenchmarks();
// The tables follow the project's formatting, like every other file.
spawnSync("npx", ["prettier", "--write", DOC], { cwd: ROOT, stdio: "ignore" });
console.log("results written to docs/BENCHMARKS.md");
