// The scale benchmark's corpus generator and build measurement. A synthetic corpus keeps the
// five real reports (the gazetteer cites them) and adds reports that recombine their paragraphs,
// with spread publication dates and events citing them. It is written to a folder outside the
// repository, with the project's code copied beside it; nothing generated is committed.
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";

const ROOT = new URL("../../", import.meta.url).pathname;

/** A small seeded random generator (mulberry32), so every run makes the same corpus. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The Markdown blocks of a report body; a caption block stays whole. */
function blocksOf(body) {
  const blocks = [];
  let caption = null;
  for (const chunk of body.split(/\n{2,}/)) {
    const text = chunk.trim();
    if (!text) continue;
    if (caption !== null) {
      caption += `\n\n${text}`;
      if (text.endsWith(":::")) {
        blocks.push(caption);
        caption = null;
      }
    } else if (text.startsWith(":::caption") && !/\n:::$/.test(text)) caption = text;
    else blocks.push(text);
  }
  return blocks;
}

const quoteYaml = (text) => JSON.stringify(text);
const PLAIN = /^[A-Za-z‘“"'][^*#\\[\]:\n]*$/;

/** Writes a project with `count` reports into `dir` (5 real, the rest synthetic). */
export function generateCorpus(count, dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of ["package.json", "astro.config.mjs", "tsconfig.json", "src", "public", "content"]) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");

  const reportDir = join(ROOT, "content/reports");
  const originals = readdirSync(reportDir).map((file) => {
    const source = readFileSync(join(reportDir, file), "utf8");
    const body = source.replace(/^---[\s\S]*?\n---\n/, "");
    const title = /^title: "?(.*?)"?$/m.exec(source)[1];
    return { blocks: blocksOf(body), title };
  });
  const rand = random(2021);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const start = Date.UTC(2021, 7, 20);
  const events = [];
  for (let i = 1; i <= count - originals.length; i++) {
    const id = `synthetic-report-${String(i).padStart(4, "0")}`;
    const blocks = Array.from({ length: 12 + Math.floor(rand() * 18) }, () => pick(pick(originals).blocks));
    const plain = blocks.filter((b) => PLAIN.test(b));
    if (plain.length === 0) blocks.unshift((plain[0] = "Fighting continued in the Panjshir Valley."));
    const quoteFrom = (text) => text.split(/\s+/).slice(0, 6).join(" ");
    const day = new Date(start + Math.floor(rand() * 300) * 86_400_000).toISOString().slice(0, 10);
    const frontmatter = [
      "---",
      `title: ${quoteYaml(`Synthetic report ${i}: ${pick(originals).title}`)}`,
      "outlet:",
      `  evidence: "A synthetic report made by the scale benchmark."`,
      "published:",
      `  date: "${day}"`,
      "  basis: inferred",
      `  explanation: "Synthetic."`,
      "summary:",
      `  text: "A synthetic report recombining paragraphs of the five reports."`,
      "  sources:",
      `    - report: ${id}`,
      `      quote: ${quoteYaml(quoteFrom(plain[0]))}`,
      "provenance:",
      `  seedFile: "${id}.txt"`,
      "---",
      "",
    ].join("\n");
    writeFileSync(join(dir, "content/reports", `${id}.md`), `${frontmatter}${blocks.join("\n\n")}\n`);
    for (let e = 0; e < 2; e++) {
      const when = new Date(Date.parse(day) - Math.floor(rand() * 10) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      events.push(
        [
          `${id}-event-${e + 1}:`,
          `  headline: ${quoteYaml(`Synthetic event ${e + 1} of synthetic report ${i}`)}`,
          `  involves: [${pick(["panjshir", "kabul", "taliban", "nrf", "ahmad-massoud"])}]`,
          "  citations:",
          `    - report: ${id}`,
          `      quote: ${quoteYaml(quoteFrom(pick(plain)))}`,
          "      claimant: outlet",
          `      when: "${when}"`,
        ].join("\n"),
      );
    }
  }
  const eventsFile = join(dir, "content/events.yaml");
  writeFileSync(eventsFile, `${readFileSync(eventsFile, "utf8")}\n${events.join("\n")}\n`);
  return dir;
}

/** Builds the project in `dir`: wall time (s), peak memory (MiB) and the number of pages. */
export function measureBuild(dir) {
  const timed = existsSync("/usr/bin/time");
  const command = timed
    ? ["/usr/bin/time", ["-f", "BENCH %e %M", process.execPath, "node_modules/astro/astro.js", "build"]]
    : [process.execPath, ["node_modules/astro/astro.js", "build"]];
  const started = performance.now();
  const run = spawnSync(command[0], command[1], {
    cwd: dir,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    // Its own content store: node_modules is the checkout's (a link), and Astro keeps the store there.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ASTRO_CACHE_DIR: join(dir, ".astro-cache") },
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`build failed in ${dir}:\n${String(run.stderr).slice(-3000)}`);
  const match = /BENCH ([\d.]+) (\d+)/.exec(run.stderr);
  const pages = countPages(join(dir, "dist"));
  return { seconds, peakMiB: match ? Number(match[2]) / 1024 : null, pages };
}

function countPages(dir) {
  let pages = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) pages += countPages(join(dir, entry.name));
    else if (entry.name.endsWith(".html")) pages++;
  }
  return pages;
}
