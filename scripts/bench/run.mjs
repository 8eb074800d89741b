// `npm run bench`: measures the built site and how the design scales, and writes the results
// into docs/BENCHMARKS.md (between its <!-- bench:… --> markers). Not a test: nothing here
// passes or fails on a timing.
//
//   npm run bench                       everything
//   npm run bench -- --only=site        search latency, bytes and page weight of the real site
//   npm run bench -- --only=lighthouse  Lighthouse, mobile and desktop, three runs each
//   npm run bench -- --only=scale       synthetic corpora of 100 and 1,000 reports
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { coldFirstResult, launchBrowser, pageWeight, searchLatency } from "./browser.mjs";
import { generateCorpus, measureBuild } from "./scale.mjs";
import { serveStatic } from "./server.mjs";
import { findChromium } from "../chromium.mjs";

const ROOT = new URL("../../", import.meta.url).pathname;
const DOC = join(ROOT, "docs/BENCHMARKS.md");
const only = (process.argv.find((a) => a.startsWith("--only=")) ?? "--only=site,lighthouse,scale")
  .slice(7)
  .split(",");
const PORT = 4390;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const kib = (bytes) => (bytes / 1024).toFixed(1);
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
const stamp = () => `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench\` on ${MACHINE}.`;

function fileBytes(path) {
  const body = readFileSync(path);
  return { raw: statSync(path).size, gzip: gzipSync(body, { level: 9 }).length };
}

/** The search index as built: the core file and every text shard, summed. */
function indexBytes(dist) {
  const shards = readdirSync(join(dist, "search-text")).map((f) => fileBytes(join(dist, "search-text", f)));
  const core = fileBytes(join(dist, "search-index.json"));
  return {
    core,
    shards: shards.length,
    raw: core.raw + shards.reduce((s, b) => s + b.raw, 0),
    gzip: core.gzip + shards.reduce((s, b) => s + b.gzip, 0),
  };
}

async function siteBenchmarks() {
  console.log("building the site…");
  const build = spawnSync("npx", ["astro", "build"], {
    cwd: ROOT,
    stdio: "ignore",
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error("build failed");
  const server = await serveStatic(join(ROOT, "dist"), PORT);
  const browser = await launchBrowser();
  try {
    const latency = await searchLatency(browser, ORIGIN);
    const cold = await coldFirstResult(browser, ORIGIN);
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
        path.startsWith("/search/")
          ? (page) => page.waitForSelector("[data-results] a[data-result]")
          : undefined,
      );
      if (path.startsWith("/search/")) searchJs = weight;
      const k = weight.byKind;
      const cell = (b) => `${kib(b.raw)} / ${kib(b.gzip)}`;
      rows.push(
        `| ${name} | ${cell(k.html)} | ${cell(k.css)} | ${cell(k.js)} | ${cell(k.json)} | ${cell(k.fonts)} | ${cell(k.images)} | **${cell(weight.total)}** |`,
      );
    }
    const index = indexBytes(join(ROOT, "dist"));
    section(
      "site",
      `${stamp()}

| search (5 reports) | median | p95 | target |
| --- | --- | --- | --- |
| keystroke to rendered results, ${latency.n} keystrokes over 20 name and place queries | ${ms(latency.median)} ms | ${ms(latency.p95)} ms | p95 < 16 ms |
| cold load of \`/search/?q=Masood\` to the first result (5 runs) | ${ms(cold.median)} ms | ${ms(cold.p95)} ms | |

| search page downloads | raw | gzip | target |
| --- | --- | --- | --- |
| JavaScript | ${kib(searchJs.byKind.js.raw)} KiB | ${kib(searchJs.byKind.js.gzip)} KiB | < 15 KiB gzip |
| index: \`search-index.json\` and its ${index.shards} text shard${index.shards === 1 ? "" : "s"} | ${kib(index.raw)} KiB | ${kib(index.gzip)} KiB | < 60 KiB gzip |

Page weight by page type, KiB raw / gzip (level 6, as served):

| page | HTML | CSS | JS | JSON | fonts | images | total |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join("\n")}`,
    );
    console.log(
      `search p95 ${ms(latency.p95)} ms, JS ${kib(searchJs.byKind.js.gzip)} KiB gzip, index ${kib(index.gzip)} KiB gzip`,
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
  const { lighthouseScores } = await loadLighthouse();
  spawnSync("npx", ["astro", "build"], {
    cwd: ROOT,
    stdio: "ignore",
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
  });
  const server = await serveStatic(join(ROOT, "dist"), PORT);
  try {
    const urls = {
      home: `${ORIGIN}/`,
      report: `${ORIGIN}/reports/taliban-call-on-panjshir-to-lay-down-arms/`,
      chronology: `${ORIGIN}/chronology/`,
      "search ?q=Masood": `${ORIGIN}/search/?q=Masood`,
      person: `${ORIGIN}/people/ahmad-massoud/`,
      place: `${ORIGIN}/places/panjshir/`,
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
      `${stamp()} Lighthouse 12.8, median of 3 runs per page and preset, site served with gzip.

| page | preset | performance | accessibility | best practices | SEO | audits below full marks (any run) |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join("\n")}`,
    );
  } finally {
    server.close();
  }
}

async function scaleBenchmarks() {
  const sizes = (process.argv.find((a) => a.startsWith("--sizes=")) ?? "--sizes=5,100,1000")
    .slice(8)
    .split(",")
    .map(Number);
  const rows = [];
  for (const size of sizes) {
    const dir = join(tmpdir(), `panjshir-scale-${size}`);
    console.log(`scale ${size}: generating and building in ${dir}…`);
    generateCorpus(size, dir);
    const build = measureBuild(dir);
    const index = indexBytes(join(dir, "dist"));
    const server = await serveStatic(join(dir, "dist"), PORT);
    const browser = await launchBrowser();
    try {
      const latency = await searchLatency(browser, ORIGIN);
      const cold = await coldFirstResult(browser, ORIGIN, "Masood", 3);
      rows.push(
        `| ${size} | ${build.seconds.toFixed(1)} s | ${build.peakMiB ? `${build.peakMiB.toFixed(0)} MiB` : "n/a"} | ${build.pages} | ${kib(index.core.raw)} / ${kib(index.core.gzip)} KiB | ${kib(index.raw)} / ${kib(index.gzip)} KiB (${index.shards}) | ${ms(latency.median)} / ${ms(latency.p95)} ms | ${ms(cold.median)} ms |`,
      );
      console.log(rows.at(-1));
    } finally {
      await browser.close();
      server.close();
    }
  }
  section(
    "scale",
    `${stamp()}

| reports | build | peak memory | pages | core index raw / gzip | with all text shards (count) | query latency median / p95 | cold load to first result |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join("\n")}

Targets at 1,000 reports: build under 60 s, name/place query p95 under 50 ms, index under 1 MiB gzip.
A name or place query loads the core index and only the text shards its first results show.`,
  );
}

if (only.includes("site")) await siteBenchmarks();
if (only.includes("lighthouse")) await lighthouseBenchmarks();
if (only.includes("scale")) await scaleBenchmarks();
// The tables follow the project's formatting, like every other file.
spawnSync("npx", ["prettier", "--write", DOC], { cwd: ROOT, stdio: "ignore" });
console.log("results written to docs/BENCHMARKS.md");
