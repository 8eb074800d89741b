/**
 * The search-scale benchmark's index builder, run by scripts/bench/run.mjs through vite-node
 * (for TypeScript and the `@/` alias):
 *
 *   vite-node --config scripts/vite-node.config.ts scripts/bench/searchCorpus.ts -- <dir> <N>…
 *
 * For each N it makes a synthetic corpus of N reports in memory, without an Astro build, builds
 * its search index with the site's own `buildSearchIndex`, and writes the index's files as the
 * site does into `<dir>/<N>/` (`index.json`, `postings/`, `reports/`, `events/`). With
 * `--queries=<JSON list>` it also times the search alone over those queries (timeSearch). It
 * prints one line of JSON per size.
 *
 * The corpus: the five real reports, checked as the build checks them, and N − 5 synthetic ones,
 * each recombining 12 to 29 real passages (with their mentions), published on days spread over
 * ten months from 20 August 2021 by one of several outlets. About one paragraph in three gains a
 * sentence naming a synthetic person (by full name, a second spelling or a short name) and a
 * place (synthetic or real), with the mentions' ids, so names fan out over the corpus: one
 * synthetic person per 20 reports and one place per 40, a few named often and most seldom. Each
 * synthetic report is cited by two events, half with a real event's headline and half with a
 * headline naming a synthetic person and place. The generator is seeded: every run makes the
 * same corpus. Nothing is written to the repository.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ChronologyEvent, Corpus, GazetteerEntry, Report, ReportPassage } from "@/lib/corpus/types";
import { formatDay } from "@/lib/dates";
import type { Mention } from "@/lib/mentions";
import { buildCorpus } from "@/lib/corpus";
import { createSearcher } from "@/lib/search";
import { buildSearchIndex, filesByUrl, type SearchFiles, type SearchLinks } from "@/lib/searchIndex";
import { joinBase, paths } from "@/lib/urls";
import { loadContent } from "../../tests/helpers/content";
import { random } from "./scale.mjs";

const START = Date.UTC(2021, 7, 20);
/** Publication days: ten months from START. */
const DAYS = 300;
/** Synthetic reports per synthetic person, and per synthetic place. */
const REPORTS_PER_PERSON = 20;
const REPORTS_PER_PLACE = 40;
/** Share of paragraphs that gain a sentence naming a synthetic person. */
const NAMING_SHARE = 0.33;
const OUTLETS = ["A", "B", "C", "D", "E", "F", "G", "H"].map((letter) => `Synthetic Wire ${letter}`);

const GIVEN = "Abdul Ahmad Farid Gul Habib Jawad Karim Mohammad Najib Qadir Rahim Wali".split(" ");
const ONSETS = "Ba Da Fa Ha Ja Ka Ma Na Qa Ra Sa Ta Wa Ya Za Sha Kha Gha".split(" ");
const MIDDLES = ["ri", "shi", "hi", "mi", "ni", "bi", "di", "zi", "ki", "ru", "lu", "du"];
const FAMILY_ENDS = ["zai", "wal", "yar", "khel", "mand", "dost", "gul", "zada", "ani", "sherzai"];
const PLACE_ENDS = ["abad", "gah", "kot", "rud", "dara", "sang", "qala", "bagh"];

/** The real corpus, checked as the build checks it. */
const real = buildCorpus(loadContent());

/** Links as the site at a domain's root makes them: the index's own files under /search/. */
const site = (path: string) => joinBase("/", path);
const LINKS: SearchLinks = {
  report: (id) => site(paths.report(id)),
  entry: (type, id) => site(paths.entry(type, id)),
  event: (id) => site(paths.event(id)),
  file: (kind, n) => site(paths.searchFile(kind, n)),
};

type Rand = () => number;

interface SyntheticName {
  entry: GazetteerEntry;
  /** The forms a passage may name it by. */
  forms: string[];
}

/** `count` distinct names, each an onset, a middle and an ending (never one in `taken`). */
function names(rand: Rand, count: number, ends: readonly string[], taken: Set<string>): string[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const out: string[] = [];
  for (let tries = 0; out.length < count && tries < count * 1000; tries++) {
    const name = `${pick(ONSETS)}${pick(MIDDLES)}${pick(ends)}`;
    if (taken.has(name)) continue;
    taken.add(name);
    out.push(name);
  }
  if (out.length < count) throw new Error(`only ${out.length} distinct names of ${count}: add syllables`);
  return out;
}

/** A second spelling, as transliterations differ: the last "i" as "ee", or "a" as "aa". */
const respell = (name: string) =>
  /i(?!.*i)/.test(name) ? name.replace(/i(?!.*i)/, "ee") : name.replace("a", "aa");

/** Synthetic people and places: gazetteer entries shaped like real ones, with descriptions of real length. */
function syntheticEntries(rand: Rand, reports: number, passages: readonly ReportPassage[]) {
  const taken = new Set<string>();
  const person = real.gazetteer.find((e) => e.type === "person")!;
  const place = real.gazetteer.find((e) => e.type === "place")!;
  // A description: the opening of a real passage, so the core's text is not one repeated phrase.
  const describe = () => passages[Math.floor(rand() * passages.length)]!.text.slice(0, 160);
  const people = names(rand, Math.ceil(reports / REPORTS_PER_PERSON), FAMILY_ENDS, taken).map(
    (family, n): SyntheticName => {
      const name = `${GIVEN[n % GIVEN.length]} ${family}`;
      const other = n % 3 === 0 ? [`${GIVEN[n % GIVEN.length]} ${respell(family)}`] : [];
      const entry: GazetteerEntry = {
        ...person,
        id: `synthetic-person-${n + 1}`,
        name,
        aliases: [],
        transliterations: other,
        shortNames: [family],
        nativeNames: [],
        description: { text: describe(), sources: [] },
        relations: [],
      };
      return { entry, forms: [name, ...other, `Mr ${family}`] };
    },
  );
  const places = names(rand, Math.ceil(reports / REPORTS_PER_PLACE), PLACE_ENDS, taken).map(
    (name, n): SyntheticName => {
      const entry: GazetteerEntry = {
        ...place,
        id: `synthetic-place-${n + 1}`,
        name,
        aliases: [],
        transliterations: [],
        shortNames: [],
        nativeNames: [],
        description: { text: describe(), sources: [] },
        relations: [],
      };
      return { entry, forms: [name] };
    },
  );
  return { people, places };
}

/** Text with named slots ("{person} said … {place}."), filled, with a mention for each name. */
function fill(template: string, names: Record<string, [string, string]>, offset: number) {
  const mentions: Mention[] = [];
  let text = "";
  for (const part of template.split(/(\{\w+\})/)) {
    const slot = /^\{(\w+)\}$/.exec(part)?.[1];
    if (!slot) {
      text += part;
      continue;
    }
    const [id, name] = names[slot]!;
    mentions.push({
      ids: [id],
      ambiguous: false,
      start: offset + text.length,
      end: offset + text.length + name.length,
      text: name,
    });
    text += name;
  }
  return { text, mentions };
}

const SENTENCES = [
  "{person} said fighting had reached {place}.",
  "{person} told reporters in {place} that the talks had failed.",
  "Residents of {place} said {person} had left the district.",
  "According to {person}, resistance fighters still held {place}.",
];
const HEADLINES = [
  "{person} reported killed near {place}",
  "{person} meets elders in {place}",
  "{person} says the front line holds at {place}",
  "Heavy fighting in {place}, {person} says",
];

/** A synthetic corpus of `count` reports (the five real ones first). */
function syntheticCorpus(count: number): Corpus {
  const rand = random(2021 + count);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  // Popularity: a few names are named often, most seldom.
  const skewed = <T>(list: readonly T[]) => list[Math.floor(rand() * rand() * list.length)]!;
  const pool = real.reports.flatMap((r) => r.passages);
  const extra = Math.max(0, count - real.reports.length);
  const { people, places } = syntheticEntries(rand, extra, pool);
  const realPlaces = real.gazetteer
    .filter((e) => e.type === "place")
    .map((entry) => ({ entry, forms: [entry.name] }));
  const nameOf = (list: readonly SyntheticName[]): [string, string] => {
    const { entry, forms } = skewed(list);
    return [entry.id, pick(forms)];
  };
  const someone = () => ({ person: nameOf(people), place: nameOf(rand() < 0.6 ? places : realPlaces) });

  const reports: Report[] = [...real.reports];
  const events: ChronologyEvent[] = [...real.events];
  for (let i = 1; i <= extra; i++) {
    const model = pick(real.reports);
    const id = `synthetic-report-${i}`;
    const day = new Date(START + Math.floor(rand() * DAYS) * 86_400_000).toISOString().slice(0, 10);
    const passages = Array.from({ length: 12 + Math.floor(rand() * 18) }, (_, k): ReportPassage => {
      const source = pick(pool);
      let { text, mentions } = source;
      if (source.kind === "paragraph" && people.length > 0 && rand() < NAMING_SHARE) {
        const added = fill(pick(SENTENCES), someone(), text.length + 1);
        text = `${text} ${added.text}`;
        mentions = [...mentions, ...added.mentions];
      }
      const ids = [...new Set(mentions.filter((m) => !m.ambiguous).flatMap((m) => m.ids))];
      return { anchor: `p-${k + 1}`, index: k + 1, kind: source.kind, text, mentions, ids };
    });
    const outlet =
      rand() < 0.8 ? { ...model.data.outlet, name: pick(OUTLETS) } : { evidence: model.data.outlet.evidence };
    reports.push({
      ...model,
      id,
      filePath: `${id}.md`,
      data: {
        ...model.data,
        title: `Synthetic report ${i}: ${model.data.title}`,
        outlet,
        published: { ...model.data.published, date: day },
      },
      passages,
      mentions: [...new Set(passages.flatMap((p) => p.ids))],
    });
    for (let e = 1; e <= 2; e++) {
      const start = new Date(Date.parse(day) - Math.floor(rand() * 10) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const copied = pick(real.events);
      const names = someone();
      const own = people.length > 0 && rand() < 0.5;
      events.push({
        ...copied,
        id: `${id}-event-${e}`,
        headline: own ? fill(pick(HEADLINES), names, 0).text : copied.headline,
        involves: own ? [names.person[0], names.place[0]] : copied.involves,
        date: { precision: "day", start, end: start, datetime: start, label: formatDay(start) },
        reports: [id],
      });
    }
  }
  // Oldest first, as the corpus orders them (the real ones already are: five reports keep their order).
  if (extra > 0) {
    reports.sort((a, b) => a.data.published.date.localeCompare(b.data.published.date));
    events.sort((a, b) => a.date.start.localeCompare(b.date.start));
  }
  const gazetteer = [...real.gazetteer, ...people.map((p) => p.entry), ...places.map((p) => p.entry)];
  return {
    ...real,
    reports,
    reportsById: new Map(reports.map((r) => [r.id, r])),
    gazetteer,
    gazetteerById: new Map(gazetteer.map((e) => [e.id, e])),
    events,
  };
}

/** Writes the index's files as the site serves them under /search/. */
function writeIndex(dir: string, { core, postings, reports, events }: SearchFiles): void {
  rmSync(dir, { recursive: true, force: true });
  for (const kind of ["postings", "reports", "events"]) mkdirSync(join(dir, kind), { recursive: true });
  writeFileSync(join(dir, "index.json"), JSON.stringify(core));
  postings.forEach((file, n) => writeFileSync(join(dir, "postings", `${n}.json`), JSON.stringify(file)));
  reports.forEach((file, n) => writeFileSync(join(dir, "reports", `${n}.json`), JSON.stringify(file)));
  events.forEach((file, n) => writeFileSync(join(dir, "events", `${n}.json`), JSON.stringify(file)));
}

/**
 * The search alone, in Node, with every file it needs loaded: for each prefix of each query (as
 * typed, after an untimed pass), the time of `search` and of the snippets of the passages on
 * show (the first 20 reports' best 2), in ms. The browser adds building the elements and layout.
 */
function timeSearch(files: SearchFiles, queries: readonly string[]): number[] {
  const searcher = createSearcher(files.core);
  const byUrl = filesByUrl(files);
  const load = (urls: readonly string[]) => urls.forEach((url) => searcher.add(url, byUrl.get(url)!));
  const times: number[] = [];
  for (const round of ["warm-up", "measured"]) {
    for (const query of queries) {
      for (let i = 1; i <= query.length; i++) {
        const typed = query.slice(0, i);
        if (round === "warm-up") {
          load(searcher.search(typed).missing);
          load(searcher.filesToShow(searcher.search(typed), 20, 10));
          continue;
        }
        const start = performance.now();
        const results = searcher.search(typed);
        for (const hit of results.reports.slice(0, 20)) {
          for (const { passage } of hit.passages.slice(0, 2)) results.view(hit.report, passage);
        }
        times.push(performance.now() - start);
      }
    }
  }
  return times;
}

const args = process.argv.slice(2).filter((arg) => arg !== "--");
const queries = JSON.parse(args.find((arg) => arg.startsWith("--queries="))?.slice(10) ?? "[]") as string[];
const [out, ...sizes] = args.filter((arg) => !arg.startsWith("--queries="));
if (!out || sizes.length === 0) throw new Error("usage: searchCorpus.ts <dir> <N>… [--queries=<JSON list>]");
for (const size of sizes.map(Number)) {
  let started = performance.now();
  const corpus = syntheticCorpus(size);
  const generateMs = performance.now() - started;
  started = performance.now();
  const files = buildSearchIndex(corpus, LINKS);
  const indexMs = performance.now() - started;
  writeIndex(join(out, String(size)), files);
  console.log(
    JSON.stringify({
      size,
      reports: corpus.reports.length,
      passages: corpus.reports.reduce((sum, r) => sum + r.passages.length, 0),
      entries: corpus.gazetteer.length,
      events: corpus.events.length,
      terms: files.core.terms.length,
      generateMs,
      indexMs,
      files: { postings: files.postings.length, reports: files.reports.length, events: files.events.length },
      searchMs: timeSearch(files, queries),
    }),
  );
}
