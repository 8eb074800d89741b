// The scale benchmark's corpus generator and build measurement. A synthetic corpus keeps the
// five real reports (the gazetteer cites them) and adds reports that recombine their paragraphs,
// with spread publication dates, events citing them, and generated paragraphs naming synthetic
// people and places, which join the gazetteer beside the real ones. The same size always gives
// the same files. It is written to a folder outside the repository, with the project's code
// copied beside it; nothing generated is committed. `editReport` makes an editor's small change
// for timing a rebuild.
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
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

/** The id of the `i`th synthetic report (1-based). */
const syntheticId = (i) => `synthetic-report-${String(i).padStart(4, "0")}`;

// Synthetic names are made of these syllables: a person is "<first> <surname>", a place one word.
// The endings differ by kind, so a surname is never a place's name; the transliterations end in
// spellings no canonical name uses, so no two entries claim one spelling.
const SYLLABLES = "ba da fa ga ha ja ka la ma na pa ra sa sha ta wa za zu mi ri ho ne lo gu du khe".split(
  " ",
);
const FIRST_ENDINGS = ["rin", "mad", "lal", "wid", "bir", "hid", "run", "sim"];
const SURNAME_ENDINGS = { zai: "zay", wal: "waal", yar: "yaar", ani: "aani" };
const PLACE_ENDINGS = ["abad", "khel", "dara", "kot", "bagh"];
const PLACE_KINDS = ["town", "town", "area", "district", "mountain pass"];
const capitalise = (word) => word[0].toUpperCase() + word.slice(1);
const slug = (name) => name.toLowerCase().replace(/[^a-z]+/g, "-");
const wordsOf = (text) => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/**
 * `people` synthetic people and `places` synthetic places, the same for the same numbers (their
 * own seeded stream, so the kth entry does not depend on the corpus size). No name uses a word
 * of `taken` (the real reports' and gazetteer's words), so a name never matches real prose or
 * claims a real entry's spelling.
 */
function syntheticEntries(people, places, taken) {
  const rand = random(1996);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const used = new Set();
  const word = (syllables, ending) => {
    for (;;) {
      const made = Array.from({ length: syllables }, () => pick(SYLLABLES)).join("") + ending();
      if (!taken.has(made)) return capitalise(made);
    }
  };
  const unique = (make) => {
    for (;;) {
      const made = make();
      if (!used.has(made.name)) {
        used.add(made.name);
        return made;
      }
    }
  };
  const person = () => {
    const ending = pick(Object.keys(SURNAME_ENDINGS));
    const first = word(1, () => pick(FIRST_ENDINGS));
    const surname = word(2, () => ending);
    const variant = surname.slice(0, -ending.length) + SURNAME_ENDINGS[ending];
    const name = `${first} ${surname}`;
    return { id: slug(name), name, surname, transliteration: `${first} ${variant}` };
  };
  const place = () => {
    const name = word(2, () => pick(PLACE_ENDINGS));
    // In the region around the valley (Kabul to the Hindu Kush), which the region map frames.
    const lat = Number((34.5 + rand() * 1.5).toFixed(4));
    const lon = Number((68.8 + rand() * 2).toFixed(4));
    return { id: slug(name), name, kind: pick(PLACE_KINDS), lat, lon };
  };
  return {
    people: Array.from({ length: people }, () => unique(person)),
    places: Array.from({ length: places }, () => unique(place)),
  };
}

/** Generated paragraphs naming a synthetic person `p` and place `l`, each with a quote of it. */
const PASSAGES = [
  (p, l) => ({
    quote: `${p} spoke in ${l}`,
    text: `Synthetic passage: ${p} spoke in ${l} about the fighting in the valley.`,
  }),
  (p, l) => ({
    quote: `${p} travelled to ${l}`,
    text: `Synthetic passage: ${p} travelled to ${l}, where residents described the fighting.`,
  }),
  (p, l) => ({
    quote: `in ${l}, ${p} said`,
    text: `Synthetic passage: in ${l}, ${p} said the roads to the valley were closed.`,
  }),
];

/** A gazetteer entry's lines: the YAML of a synthetic person or place. */
function entryYaml(entry, type, home) {
  const lines = [`${entry.id}:`, `  name: ${quoteYaml(entry.name)}`];
  if (type === "person") {
    lines.push("  transliterations:", `    - ${quoteYaml(entry.transliteration)}`);
    // Shared by every synthetic person of that surname, as "Massoud" is by father and son.
    lines.push("  shortNames:", `    - ${quoteYaml(entry.surname)}`);
  } else lines.push(`  kind: ${entry.kind}`);
  lines.push(
    "  description:",
    `    text: ${quoteYaml(`A synthetic ${type} made by the scale benchmark, first named in synthetic report ${Number(home.report.slice(-4))}.`)}`,
    "    sources:",
    `      - report: ${home.report}`,
    `        quote: ${quoteYaml(home.quote)}`,
  );
  if (type === "place") {
    lines.push(
      "  coordinates:",
      `    lat: ${entry.lat}`,
      `    lon: ${entry.lon}`,
      `    basis: "Synthetic coordinates made by the scale benchmark, in the region around the Panjshir Valley; no real place."`,
    );
  } else {
    lines.push(
      "  relations:",
      "    - predicate: seen in",
      `      object: ${home.place}`,
      "      source:",
      `        report: ${home.report}`,
      `        quote: ${quoteYaml(home.quote)}`,
    );
  }
  return lines.join("\n");
}

/** Appends `entries` (YAML mapping entries) to the mapping file `file`. */
function appendYaml(file, entries) {
  if (entries.length === 0) return;
  writeFileSync(file, `${readFileSync(file, "utf8").replace(/\n*$/, "\n")}\n${entries.join("\n\n")}\n`);
}

/**
 * Writes a project with `count` reports into `dir` (5 real, the rest synthetic), the same files
 * for the same `count`. About count/20 synthetic people and count/40 synthetic places join the
 * gazetteer, named in generated paragraphs of the synthetic reports (each entry first in its own
 * report, then a few often and most rarely) and involved in half of the synthetic events.
 */
export function generateCorpus(count, dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of ["package.json", "astro.config.mjs", "tsconfig.json", "src", "public", "content"]) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");

  const reportDir = join(ROOT, "content/reports");
  const originals = readdirSync(reportDir)
    .sort()
    .map((file) => {
      const source = readFileSync(join(reportDir, file), "utf8");
      const body = source.replace(/^---[\s\S]*?\n---\n/, "");
      const title = /^title: "?(.*?)"?$/m.exec(source)[1];
      return { blocks: blocksOf(body), title, source };
    });
  const synthetic = Math.max(0, count - originals.length);
  const gazetteerDir = join(ROOT, "content/gazetteer");
  const taken = new Set(
    [
      ...originals.map((o) => o.source),
      ...readdirSync(gazetteerDir).map((f) => readFileSync(join(gazetteerDir, f), "utf8")),
    ].flatMap(wordsOf),
  );
  const { people, places } = syntheticEntries(
    Math.min(synthetic, Math.ceil(synthetic && count / 20)),
    Math.min(synthetic, Math.ceil(synthetic && count / 40)),
    taken,
  );
  /** Where each synthetic entry is first named: { report, quote, place }. */
  const homes = new Map();

  const rand = random(2021);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  // Fan-out as in real news: a few names in many reports, most in few.
  const skewed = (list) => list[Math.floor(rand() ** 2 * list.length)];
  const start = Date.UTC(2021, 7, 20);
  const events = [];
  for (let i = 1; i <= synthetic; i++) {
    const id = syntheticId(i);
    const blocks = Array.from({ length: 12 + Math.floor(rand() * 18) }, () => pick(pick(originals).blocks));
    const plain = blocks.filter((b) => PLAIN.test(b));
    if (plain.length === 0) blocks.unshift((plain[0] = "Fighting continued in the Panjshir Valley."));
    const quoteFrom = (text) => text.split(/\s+/).slice(0, 6).join(" ");
    // One or two generated paragraphs naming synthetic people and places; the first names the
    // ith person and place while there are any not yet named.
    const named = [];
    if (people.length > 0) {
      const person = i <= people.length ? people[i - 1] : skewed(people);
      const place = i <= places.length ? places[i - 1] : skewed(places);
      const { quote, text } = pick(PASSAGES)(person.name, place.name);
      // Now and then the surname alone, a short name shared by all of that surname.
      const more = rand() < 0.5 ? ` ${person.surname} later returned to ${skewed(places).name}.` : "";
      named.push({ person, place, quote, text: text + more });
      if (rand() < 0.4) {
        const [person2, place2] = [skewed(people), skewed(places)];
        named.push({ person: person2, place: place2, ...pick(PASSAGES)(person2.name, place2.name) });
      }
      for (const { person, place, quote } of named) {
        for (const entry of [person, place]) {
          if (!homes.has(entry.id)) homes.set(entry.id, { report: id, quote, place: place.id });
        }
      }
      for (const { text } of named) blocks.splice(Math.floor(rand() * (blocks.length + 1)), 0, text);
    }
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
    // The "source document as received" that provenance names: the body as plain text.
    writeFileSync(join(dir, "content/sources", `${id}.txt`), `${blocks.join("\n\n")}\n`);
    for (let e = 0; e < 2; e++) {
      const when = new Date(Date.parse(day) - Math.floor(rand() * 10) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      // The second event, where there is one, is the generated paragraph's, with its people and places.
      const own = e === 1 ? named[0] : undefined;
      const involves = own
        ? [own.person.id, own.place.id, pick(["panjshir", "taliban", "nrf"])]
        : [pick(["panjshir", "kabul", "taliban", "nrf", "ahmad-massoud"])];
      events.push(
        [
          `${id}-event-${e + 1}:`,
          `  headline: ${quoteYaml(`Synthetic event ${e + 1} of synthetic report ${i}`)}`,
          `  involves: [${involves.join(", ")}]`,
          "  citations:",
          `    - report: ${id}`,
          `      quote: ${quoteYaml(own ? own.quote : quoteFrom(pick(plain)))}`,
          "      claimant: outlet",
          "      party: outlet",
          `      when: "${when}"`,
        ].join("\n"),
      );
    }
  }
  const eventsFile = join(dir, "content/events.yaml");
  writeFileSync(eventsFile, `${readFileSync(eventsFile, "utf8")}\n${events.join("\n")}\n`);
  appendYaml(
    join(dir, "content/gazetteer/people.yaml"),
    people.map((p) => entryYaml(p, "person", homes.get(p.id))),
  );
  appendYaml(
    join(dir, "content/gazetteer/places.yaml"),
    places.map((p) => entryYaml(p, "place", homes.get(p.id))),
  );
  return dir;
}

/** The sentence `editReport` appends: an editor's small change to one report. */
const EDIT = " An editor added this sentence to time a rebuild.";

/**
 * Edits one synthetic report of the corpus in `dir` as an editor would: appends a sentence to its
 * generated paragraph (every quote of it still holds). Returns the report's file, or null when
 * the corpus has no synthetic report with such a paragraph.
 */
export function editReport(dir) {
  const reports = readdirSync(join(dir, "content/reports")).filter((f) => f.startsWith("synthetic-"));
  if (reports.length === 0) return null;
  const file = join(dir, "content/reports", reports.sort()[Math.floor(reports.length / 2)]);
  const text = readFileSync(file, "utf8");
  const edited = text.replace(/^Synthetic passage: .*$/m, (line) => line + EDIT);
  if (edited === text) return null;
  writeFileSync(file, edited);
  return file;
}

/**
 * The heap (MiB) the benchmark's builds may use, as on a build machine with 2 GiB of memory
 * (docs/DEPLOY.md, "A large corpus"): Node's own limit there would be about 512 MB, too small
 * for 10,000 reports, and on a large machine V8 lets the heap grow to about 4 GiB before it
 * collects. Past the heap, a build takes about 0.5 GiB more (code, buffers, the young heap).
 */
export const BUILD_HEAP_MIB = 1344;

/**
 * Builds the project in `dir` with a heap of BUILD_HEAP_MIB: wall time (s), peak memory (MiB)
 * and the number of pages. A second build in the same folder reuses Astro's caches (`.astro/`
 * and the content store). With `profileDir`, Node writes a CPU profile of the build there
 * (`--cpu-prof`).
 */
export function measureBuild(dir, { profileDir } = {}) {
  const timed = existsSync("/usr/bin/time");
  const node = [
    `--max-old-space-size=${BUILD_HEAP_MIB}`,
    ...(profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : []),
    "node_modules/astro/astro.js",
    "build",
  ];
  if (profileDir) {
    rmSync(profileDir, { recursive: true, force: true });
    mkdirSync(profileDir, { recursive: true });
  }
  const command = timed
    ? ["/usr/bin/time", ["-f", "BENCH %e %M", process.execPath, ...node]]
    : [process.execPath, node];
  const started = performance.now();
  const run = spawnSync(command[0], command[1], {
    cwd: dir,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    // Its own content store: node_modules is the checkout's (a link), and Astro keeps the store there.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ASTRO_CACHE_DIR: join(dir, ".astro-cache") },
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) {
    const output = `${run.stdout ?? ""}\n${run.stderr ?? ""}`;
    throw new Error(`build failed in ${dir}:\n${output.slice(-3000)}`);
  }
  const match = /BENCH ([\d.]+) (\d+)/.exec(run.stderr);
  const { pages, largest } = htmlPages(join(dir, "dist"));
  return { seconds, peakMiB: match ? Number(match[2]) / 1024 : null, pages, largest };
}

/** How many HTML pages `root` holds, and the largest (its size in bytes and its path). */
function htmlPages(root) {
  let pages = 0;
  let largest = { bytes: 0, path: "" };
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".html")) {
        pages++;
        const { size } = statSync(path);
        if (size > largest.bytes) largest = { bytes: size, path: path.slice(root.length + 1) };
      }
    }
  };
  walk(root);
  return { pages, largest };
}

/**
 * Builds the corpus in `dir` again from nothing (no output, no content store or page cache) after
 * setting the last build's output aside, and compares the two: whether a rebuild wrote exactly
 * what a full build writes. Returns the full build's measurement, how many files the outputs
 * hold and the files that differ (or exist in one only).
 */
export function compareWithFullBuild(dir) {
  const rebuilt = join(dir, "dist-rebuilt");
  rmSync(rebuilt, { recursive: true, force: true });
  renameSync(join(dir, "dist"), rebuilt);
  rmSync(join(dir, ".astro-cache"), { recursive: true, force: true });
  const build = measureBuild(dir);
  const files = (root) => {
    const list = [];
    const walk = (path) => {
      for (const entry of readdirSync(path, { withFileTypes: true })) {
        const full = join(path, entry.name);
        if (entry.isDirectory()) walk(full);
        else list.push(full.slice(root.length + 1));
      }
    };
    walk(root);
    return list.sort();
  };
  const full = files(join(dir, "dist"));
  const written = new Set(full);
  const again = new Set(files(rebuilt));
  const differing = [
    ...full.filter(
      (file) =>
        !again.has(file) || !readFileSync(join(rebuilt, file)).equals(readFileSync(join(dir, "dist", file))),
    ),
    ...[...again].filter((file) => !written.has(file)),
  ];
  rmSync(rebuilt, { recursive: true, force: true });
  return { build, files: full.length, differing };
}
